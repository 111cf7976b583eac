// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// CMTrace copies a row whose message spans several lines as those lines, the last one ending in
// the columns (TAB, component, date/time, thread). Read line by line, the first lines look like
// bare text. Between two rows of a TAB-separated copy every line is a row's, so bare lines there
// are the next row's message, and are joined to it. Anywhere else they may be the person's own
// words, and are left as they are.
import { makeEntry } from './entry.ts';
import type { LogEntry } from './types.ts';

/** Whether an entry is a viewer-copy row whose line holds real TABs (not a web copy's spaces). */
function isTabRow(
  entry: LogEntry | undefined,
  lines: readonly string[],
): entry is LogEntry & { format: 'viewer-copy' } {
  return entry?.format === 'viewer-copy' && (lines[entry.lineEnd - 1] ?? '').includes('\t');
}

/** The row with its message's earlier lines in front. */
function joined(row: LogEntry, continuation: readonly LogEntry[]): LogEntry {
  const first = continuation[0]!;
  return makeEntry({
    first: first.lineStart - 1,
    last: row.lineEnd - 1,
    message: [...continuation.map((e) => e.message), row.message].join('\n'),
    format: 'viewer-copy',
    component: row.component,
    time: row.time,
    thread: row.thread,
  });
}

/**
 * Joins bare lines sandwiched between two TAB-separated viewer-copy rows to the second row; linear.
 * Works in place on the parser's own array: a large log has hundreds of thousands of entries, and
 * almost none is joined, so copying them all would cost more than the joining.
 */
export function joinViewerContinuations(entries: LogEntry[], lines: readonly string[]): LogEntry[] {
  let write = 0;
  // Index of the first bare entry waiting after a TAB row, or -1.
  let pendingStart = -1;
  let afterTabRow = false;
  const keepPending = (end: number) => {
    for (let i = pendingStart; pendingStart >= 0 && i < end; i++) entries[write++] = entries[i]!;
  };
  for (let read = 0; read < entries.length; read++) {
    const entry = entries[read]!;
    if (entry.format === 'bare' && afterTabRow) {
      if (pendingStart < 0) pendingStart = read;
      continue;
    }
    const tabRow = isTabRow(entry, lines);
    if (tabRow && pendingStart >= 0)
      entries[write++] = joined(entry, entries.slice(pendingStart, read));
    else {
      keepPending(read);
      entries[write++] = entry;
    }
    pendingStart = -1;
    afterTabRow = tabRow;
  }
  keepPending(entries.length);
  entries.length = write;
  return entries;
}
