// SHIPS TO THE BROWSER (worker). The widget diagnoses several files as one text joined by line
// breaks; for the merged table and the time strip each entry goes back to its own file and is placed
// in time by the engine's timeline (src/lib/diagnose/timeline.ts), as `oobkb timeline` places it.
import { mergeTimelines, type Timeline, type TimedEntry } from '../diagnose/timeline.ts';
import type { LogEntry } from '../diagnose/types.ts';

/** The input's entries in time order, and where each file starts in the joined text. */
export interface InputTimeline {
  timeline: Timeline;
  /** File names, in input order; one empty name for pasted text. */
  names: string[];
  /** The joined text's line each file starts at (1-based), in input order. */
  starts: number[];
}

/** Lines each file starts at, from the files' line counts (the join adds one break between files). */
export function fileStarts(lineCounts: readonly number[]): number[] {
  let next = 1;
  return lineCounts.map((lines) => {
    const start = next;
    next += lines;
    return start;
  });
}

/** Entries of the joined text cut into each file's (entries are in line order; an entry belongs to the file its first line is in). */
export function splitByFile(entries: readonly LogEntry[], starts: readonly number[]): LogEntry[][] {
  const byFile: LogEntry[][] = starts.map(() => []);
  let file = 0;
  for (const entry of entries) {
    while (file + 1 < starts.length && entry.lineStart >= starts[file + 1]!) file++;
    byFile[file]!.push(entry);
  }
  return byFile;
}

/**
 * The entries of the files (or of a paste: `files` empty) merged by UTC instant. The rule is the
 * timeline's: an entry without a time stands right after its file's previous entry (or before its
 * next one), entries of a file with no time at all come last, and ties keep file, then line order.
 */
export function inputTimeline(
  entries: readonly LogEntry[],
  files: readonly { name: string; lines: number }[],
): InputTimeline {
  const names = files.length ? files.map((f) => f.name) : [''];
  const starts = files.length ? fileStarts(files.map((f) => f.lines)) : [1];
  const byFile = splitByFile(entries, starts);
  const timeline = mergeTimelines(names.map((name, i) => ({ name, entries: byFile[i]! })));
  return { timeline, names, starts };
}

/** The entry's first line within its own file. */
export const lineInFile = (t: TimedEntry, starts: readonly number[]): number =>
  t.entry.lineStart - starts[t.file]! + 1;
