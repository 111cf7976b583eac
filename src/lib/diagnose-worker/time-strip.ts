// SHIPS TO THE BROWSER (worker). What the time strip draws, computed where the entries are: the span
// of all files, each file's errors and warnings counted in STRIP_BINS equal parts of it, and where
// the matched articles' evidence falls. The page gets a few hundred numbers, never the entries.
import { instantOf } from '../diagnose/entry-time.ts';
import type { ArticleMatch } from '../diagnose/rank.ts';
import { formatOffset, formatWall, type TimedEntry } from '../diagnose/timeline.ts';
import { lineInFile, type InputTimeline } from './file-timeline.ts';
import { STRIP_BINS, type StripMark, type StripRow, type TimeStrip } from './protocol.ts';

/** Where `instant` falls in [start, end], from 0 to 1; the middle when the span is one instant. */
export const spanFraction = (instant: number, start: number, end: number): number =>
  end > start ? (instant - start) / (end - start) : 0.5;

/** The bin of a fraction of the span: equal parts, the end itself in the last one. */
export const binOf = (at: number, bins = STRIP_BINS): number =>
  Math.min(bins - 1, Math.max(0, Math.floor(at * bins)));

/** "2009-11-19 11:35:01": an instant written in the strip's offset, to the second. */
const written = (instant: number, bias: number) => formatWall(instant - bias * 60_000).slice(0, 19);

const emptyRow = (name: string): StripRow => ({
  name,
  errors: new Array<number>(STRIP_BINS).fill(0),
  warnings: new Array<number>(STRIP_BINS).fill(0),
  errorCount: 0,
  warningCount: 0,
  timed: 0,
  marks: [],
});

/** The evidence entries of the matches, by their first line in the joined text. */
function evidenceByLine(matches: readonly ArticleMatch[]): Map<number, ArticleMatch[]> {
  const byLine = new Map<number, ArticleMatch[]>();
  for (const match of matches)
    for (const e of match.evidence) {
      const list = byLine.get(e.lineStart) ?? [];
      if (!list.includes(match)) list.push(match);
      byLine.set(e.lineStart, list);
    }
  return byLine;
}

/**
 * The strip of an input's timeline, or undefined when no entry has a time. `titles` names the
 * articles in the page's language.
 */
export function timeStrip(
  { timeline, names, starts }: InputTimeline,
  matches: readonly ArticleMatch[],
  titles: ReadonlyMap<string, string>,
): TimeStrip | undefined {
  const bias = timeline.localBias;
  const placed = timeline.entries.filter((t) => t.time !== undefined);
  if (!placed.length) return undefined;
  const instant = (t: TimedEntry) => instantOf(t.time!, bias);
  // The merge put them in time order: the first and last placed entries bound the span.
  const start = instant(placed[0]!);
  const end = instant(placed[placed.length - 1]!);
  const rows = names.map(emptyRow);
  const evidence = evidenceByLine(matches);
  for (const t of placed) {
    const row = rows[t.file]!;
    const at = spanFraction(instant(t), start, end);
    row.timed++;
    count(row, t.entry.severity, binOf(at));
    for (const match of evidence.get(t.entry.lineStart) ?? [])
      row.marks.push(mark(t, at, written(instant(t), bias), match, titles, starts));
  }
  const stated = timeline.entries.some((t) => t.own?.bias !== undefined);
  return {
    from: written(start, bias),
    to: written(end, bias),
    ...(stated ? { offset: `UTC${formatOffset(bias)}` } : {}),
    assumed: stated && timeline.entries.some((t) => t.own && t.own.bias === undefined),
    peak: Math.max(...rows.flatMap((r) => r.errors.map((e, i) => e + r.warnings[i]!))),
    rows,
  };
}

/** Counts an error or a warning in its bin. */
function count(row: StripRow, severity: TimedEntry['entry']['severity'], bin: number): void {
  if (severity === 'error') {
    row.errorCount++;
    row.errors[bin]!++;
  } else if (severity === 'warning') {
    row.warningCount++;
    row.warnings[bin]!++;
  }
}

function mark(
  t: TimedEntry,
  at: number,
  time: string,
  match: ArticleMatch,
  titles: ReadonlyMap<string, string>,
  starts: readonly number[],
): StripMark {
  return {
    at,
    time,
    line: lineInFile(t, starts),
    slug: match.slug,
    title: titles.get(match.slug) ?? match.slug,
  };
}
