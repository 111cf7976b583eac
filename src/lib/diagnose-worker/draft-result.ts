// SHIPS TO THE BROWSER (worker). The draft of a new article that the widget offers when a log
// matches nothing (authoring/draft.ts), made here from the entries the diagnosis already read, so
// the page receives three short texts and never the index. Nothing of it leaves the browser.
import { draftFromEntries } from '../authoring/draft.ts';
import type { ArticleFiles } from '../authoring/article-files.ts';
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { Matcher } from '../diagnose/matcher.ts';
import type { LineIndex } from './line-index.ts';

/** The draft for a log no article matches; none for a match, an empty text or a described problem. */
export function draftOf(
  diagnosis: Diagnosis,
  matcher: Matcher,
  lines: LineIndex,
  fileNames: readonly string[],
): { draft?: ArticleFiles } {
  if (diagnosis.notice !== 'no-match' || diagnosis.searchQuery || !diagnosis.entries.length)
    return {};
  const draft = draftFromEntries({
    entries: diagnosis.entries,
    line: (n) => lines.line(n),
    fileNames,
    matcher,
  });
  return { draft };
}
