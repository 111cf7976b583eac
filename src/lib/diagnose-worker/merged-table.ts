// SHIPS TO THE BROWSER (worker). The parsed-log table of several files: their entries merged by
// time (file-timeline.ts), each row naming its file and its line within that file. Bounded as the
// one-file table is (widget-result.ts), and kept in the worker until the page asks for it.
import type { TimedEntry } from '../diagnose/timeline.ts';
import { lineInFile, type InputTimeline } from './file-timeline.ts';
import { MAX_TABLE_ROWS, type TableRow } from './protocol.ts';
import { toRow, type LogTable } from './widget-result.ts';

/** The table of files merged by time: all entries, and errors and warnings only. */
export function mergedLogTable({ timeline, names, starts }: InputTimeline): LogTable {
  const row = (t: TimedEntry): TableRow => ({
    ...toRow(t.entry),
    line: lineInFile(t, starts),
    file: names[t.file]!,
  });
  const problems = timeline.entries.filter((t) => t.entry.severity !== 'info');
  return {
    all: timeline.entries.slice(0, MAX_TABLE_ROWS).map(row),
    problems: problems.slice(0, MAX_TABLE_ROWS).map(row),
    entries: timeline.entries.length,
    problemCount: problems.length,
  };
}
