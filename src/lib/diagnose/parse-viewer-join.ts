// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// CMTrace copies a row whose message spans several lines as those lines, the last one ending in
// the columns (TAB, component, date/time, thread). Read line by line, the first lines look like
// bare text. Between two rows of a TAB-separated copy every line is a row's, so bare lines there
// are the next row's message, and are joined to it. Anywhere else they may be the person's own
// words, and are left as they are.
import { makeEntry } from './entry.ts';
import type { LogEntry } from './types.ts';

/** Whether an entry is a viewer-copy row whose line holds real TABs (not a web copy's spaces). */
function isTabRow(entry: LogEntry | undefined, lines: readonly string[]): entry is LogEntry & { format: 'viewer-copy' } {
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

/** Joins bare lines sandwiched between two TAB-separated viewer-copy rows to the second row; linear. */
export function joinViewerContinuations(entries: readonly LogEntry[], lines: readonly string[]): LogEntry[] {
  const out: LogEntry[] = [];
  let pending: LogEntry[] = [];
  let afterTabRow = false;
  const flush = () => {
    for (const entry of pending) out.push(entry);
    pending = [];
  };
  for (const entry of entries) {
    if (entry.format === 'bare' && afterTabRow) {
      pending.push(entry);
      continue;
    }
    const tabRow = isTabRow(entry, lines);
    if (tabRow && pending.length) {
      out.push(joined(entry, pending));
      pending = [];
    } else {
      flush();
      out.push(entry);
    }
    afterTabRow = tabRow;
  }
  flush();
  return out;
}
