// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A row copied from the console's Status Message Viewer (log-formats.md §3, real-logs/008):
// Severity⇥Type⇥Site code⇥Date/Time⇥System⇥Component⇥Message ID⇥Description⇥Process ID⇥Thread ID
// Many descriptions span several lines (a warning, then "Possible cause", "Solution"), so a copied
// row may continue on the following lines until its Process ID and Thread ID columns.
import { makeEntry } from './entry.ts';
import { fragmentAt, nextLine } from './parse-context.ts';
import { stripQuote } from './parse-lines.ts';
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
/** Columns before the description: Severity … Message ID. */
const HEAD_COLUMNS = 7;
/** A description continues over at most this many lines and characters; beyond, the row is not one. */
const MAX_ROW_LINES = 60;
const MAX_ROW_CHARS = 64 * 1024;

/** Whether text has at least `count` TABs, stopping as soon as it knows. */
function hasTabs(text: string, count: number): boolean {
  let seen = 0;
  for (let i = text.indexOf('\t'); i >= 0 && seen < count; i = text.indexOf('\t', i + 1)) seen++;
  return seen >= count;
}

/** Whether the columns before the description look like a status row's: severity, date/time, component, message ID. */
function validHead(cols: readonly string[]): boolean {
  const [severity = '', , , time = '', , component = '', id = ''] = cols;
  const short = [severity, time, component].every((c) => c.length > 0 && c.length <= MAX_SHORT_COLUMN);
  return short && RE_HAS_TIME.test(time) && RE_MESSAGE_ID.test(id);
}

/** The columns of a status row, or undefined when the text is not one. */
export function splitStatusRow(text: string): string[] | undefined {
  if (!hasTabs(text, COLUMN_COUNT - 1)) return undefined;
  const cols = text.split('\t').map((c) => c.trim());
  const pid = cols[cols.length - 2] ?? '';
  const tid = cols[cols.length - 1] ?? '';
  return validHead(cols) && RE_OPTIONAL_NUMBER.test(pid) && RE_OPTIONAL_NUMBER.test(tid) ? cols : undefined;
}

/** Whether a line starts a status row whose description goes on below it. */
function isRowHead(text: string): boolean {
  return hasTabs(text, HEAD_COLUMNS) && validHead(text.split('\t', HEAD_COLUMNS).map((c) => c.trim()));
}

/** A row whose description runs onto later lines: its columns and last line, or undefined. */
function readContinuedRow(ctx: ParseContext, at: Cursor, head: string): { cols: string[]; last: number } | undefined {
  if (!isRowHead(head)) return undefined;
  // A row quoted in a forum post ("> ") has every line quoted.
  const quoted = ctx.lines[at.line] !== head;
  const parts = [head];
  let chars = head.length;
  const end = Math.min(ctx.lines.length, at.line + MAX_ROW_LINES);
  for (let line = at.line + 1; line < end; line++) {
    const text = quoted ? stripQuote(ctx.lines[line] ?? '') : (ctx.lines[line] ?? '');
    // The next row (or a CMTrace record) starting means this description never reached its end.
    if (isRowHead(text) || ctx.findOpen(line, 0) >= 0) return undefined;
    chars += text.length + 1;
    if (chars > MAX_ROW_CHARS) return undefined;
    parts.push(text);
    // Only a line ending in the Process ID and Thread ID columns can end the row: join just then.
    if (!endsWithIds(text)) continue;
    const cols = splitStatusRow(parts.join('\n'));
    if (cols) return { cols, last: line };
  }
  return undefined;
}

/** Whether a line ends with two TAB-separated ID columns (Process ID, Thread ID; either may be empty). */
function endsWithIds(text: string): boolean {
  const last = text.lastIndexOf('\t');
  const before = last > 0 ? text.lastIndexOf('\t', last - 1) : -1;
  return before >= 0 && RE_OPTIONAL_NUMBER.test(text.slice(before + 1, last).trim()) && RE_OPTIONAL_NUMBER.test(text.slice(last + 1).trim());
}

/** Reads a Status Message Viewer row at the cursor, on one line or continued over several. */
export function readStatusRow(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const text = fragmentAt(ctx, at);
  const oneLine = splitStatusRow(text);
  const row = oneLine ? { cols: oneLine, last: at.line } : readContinuedRow(ctx, at, text);
  if (!row) return undefined;
  const { cols, last } = row;
  const tid = cols[cols.length - 1];
  const entry = makeEntry({
    first: at.line,
    last,
    message: cols.slice(HEAD_COLUMNS, -2).join('\t'),
    format: 'status-viewer',
    severity: severityFromLabel(cols[0] ?? ''),
    time: cols[3],
    component: cols[5],
    statusMessageId: Number(cols[6]),
    thread: tid ? Number(tid) : undefined,
  });
  return { entries: [entry], next: nextLine({ line: last, col: 0 }) };
}
