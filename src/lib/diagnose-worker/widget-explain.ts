// SHIPS TO THE BROWSER (worker). Shapes an explanation for the page's Explain view: each entry's
// first line quoted (cut as evidence is), each signature tried in the page's language, with the
// same words as `oobkb explain` (explain.ts). Bounded, so a log of thousands of errors sends a few
// hundred entries and their count.
import { describeNothingTried, describeTried } from '../diagnose/explain.ts';
import type { Explanation } from '../diagnose/explain-entries.ts';
import type { LineIndex } from './line-index.ts';
import {
  MAX_EXPLAINED_ENTRIES,
  type ShownExplainedEntry,
  type WorkerResponse,
} from './protocol.ts';
import { excerpt, type PageWords } from './widget-result.ts';

/** The page's view of an explanation. */
export function widgetExplanation(
  explanation: Explanation,
  lines: LineIndex,
  words: PageWords,
): Omit<Extract<WorkerResponse, { kind: 'explain' }>, 'id' | 'kind'> {
  const entries = explanation.explained
    .slice(0, MAX_EXPLAINED_ENTRIES)
    .map(({ entry, tried }): ShownExplainedEntry => ({
      line: entry.lineStart,
      lineEnd: entry.lineEnd,
      quote: excerpt(entry.lineStart, lines.line(entry.lineStart), []),
      signatures: tried.map((t) => ({
        ...describeTried(t, words.lang),
        title: words.titles.get(t.article) ?? t.article,
      })),
    }));
  return {
    entries,
    total: explanation.explained.length,
    nothingTried: describeNothingTried(words.lang),
  };
}
