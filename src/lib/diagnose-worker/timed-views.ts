// SHIPS TO THE BROWSER (worker). The two views of a diagnosis that place entries in time: the
// parsed-log table (several files merged by time, one file or a paste in its own order) and the
// time strip. One timeline serves both.
import type { Diagnosis } from '../diagnose/diagnose.ts';
import { inputTimeline } from './file-timeline.ts';
import { mergedLogTable } from './merged-table.ts';
import type { ReadFile, TimeStrip } from './protocol.ts';
import { timeStrip } from './time-strip.ts';
import { logTable, type LogTable } from './widget-result.ts';

/** The table kept in the worker and the strip sent with the answer (none when no entry has a time). */
export function timedViews(
  diagnosis: Diagnosis,
  files: readonly ReadFile[],
  titles: ReadonlyMap<string, string>,
): { table: LogTable; strip: TimeStrip | undefined } {
  const input = inputTimeline(diagnosis.entries, files);
  return {
    table: files.length > 1 ? mergedLogTable(input) : logTable(diagnosis.entries),
    strip: timeStrip(input, diagnosis.matches, titles),
  };
}
