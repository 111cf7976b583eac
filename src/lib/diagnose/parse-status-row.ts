// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A row copied from the console's Status Message Viewer (log-formats.md §3, real-logs/008):
// Severity⇥Type⇥Site code⇥Date/Time⇥System⇥Component⇥Message ID⇥Description⇥Process ID⇥Thread ID
import { makeEntry } from './entry.ts';
import { fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';
import { severityFromLabel } from './severity.ts';

// Matches a message ID, e.g. "5446" or "7217"
const RE_MESSAGE_ID = /^\d{1,10}$/;
// Matches a process or thread ID column, possibly empty, e.g. "5116"
const RE_OPTIONAL_NUMBER = /^\d{0,10}$/;
// Matches a date/time column, e.g. "4/18/2017 11:50:17 AM" or "2017/04/18 11:50:17"
const RE_HAS_TIME = /\d:\d\d/;

/** Ten columns; a description containing TABs makes more. */
const COLUMN_COUNT = 10;
/** Severity, type, site, date and component columns are short; longer means not a status row. */
const MAX_SHORT_COLUMN = 128;

/** Whether text has at least `count` TABs, stopping as soon as it knows. */
function hasTabs(text: string, count: number): boolean {
  let seen = 0;
  for (let i = text.indexOf('\t'); i >= 0 && seen < count; i = text.indexOf('\t', i + 1)) seen++;
  return seen >= count;
}

/** The columns of a status row, or undefined when the text is not one. */
export function splitStatusRow(text: string): string[] | undefined {
  if (!hasTabs(text, COLUMN_COUNT - 1)) return undefined;
  const cols = text.split('\t').map((c) => c.trim());
  const [severity = '', , , time = '', , component = '', id = ''] = cols;
  const pid = cols[cols.length - 2] ?? '';
  const tid = cols[cols.length - 1] ?? '';
  const short = [severity, time, component].every((c) => c.length > 0 && c.length <= MAX_SHORT_COLUMN);
  const valid = short && RE_HAS_TIME.test(time) && RE_MESSAGE_ID.test(id);
  return valid && RE_OPTIONAL_NUMBER.test(pid) && RE_OPTIONAL_NUMBER.test(tid) ? cols : undefined;
}

/** Reads a Status Message Viewer row at the cursor. */
export function readStatusRow(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const cols = splitStatusRow(fragmentAt(ctx, at));
  if (!cols) return undefined;
  const tid = cols[cols.length - 1];
  const entry = makeEntry({
    first: at.line,
    last: at.line,
    message: cols.slice(7, -2).join('\t'),
    format: 'status-viewer',
    severity: severityFromLabel(cols[0] ?? ''),
    time: cols[3],
    component: cols[5],
    statusMessageId: Number(cols[6]),
    thread: tid ? Number(tid) : undefined,
  });
  return { entries: [entry], next: nextLine(at) };
}
