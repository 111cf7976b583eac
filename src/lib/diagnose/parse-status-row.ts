// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A row copied from the console's Status Message Viewer (log-formats.md §3, real-logs/008):
// Severity⇥Type⇥Site code⇥Date/Time⇥System⇥Component⇥Message ID⇥Description⇥Process ID⇥Thread ID
// A row is recognised by the shape of its columns (parse-status-shape.ts), whatever separates them
// (TABs, runs of spaces, single spaces) and whichever columns were hidden or cut off; a header row
// above may give another order (parse-header-row.ts). Many descriptions span several lines (a
// warning, then "Possible cause", "Solution"), so a row may continue on the following lines until
// a line ends in its Process ID and Thread ID columns. When those were cut, the lines up to the
// next row are its description; after the last row they may be the person's own words, and are
// left as they are.
import { entryOf, fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';
import { readHeader } from './parse-header-row.ts';
import { firstNonSpace, stripQuote } from './parse-lines.ts';
import { isStatmsg } from './parse-statmsg.ts';
import { readRowHead, readRowTail } from './parse-status-shape.ts';
import type { ColumnValues, RowHead } from './parse-status-shape.ts';
import { splitViewerCopy } from './parse-viewer-copy.ts';
import { severityFromLabel } from './severity.ts';
import { DEFAULT_LAYOUT } from './status-columns.ts';
import type { StatusLayout } from './status-columns.ts';

/** A description continues over at most this many lines and characters; beyond, the row ends at its first line. */
const MAX_ROW_LINES = 60;
const MAX_ROW_CHARS = 64 * 1024;
/** Without ID columns to end it, a description reaches the next row only when that row is this close. */
const MAX_CUT_ROW_LINES = 12;

const DEFAULT_ONLY: readonly StatusLayout[] = [DEFAULT_LAYOUT];

/** A whole row: its description, last line and the tail columns found there. */
interface Row {
  message: string;
  last: number;
  values: ColumnValues;
}

/** The layouts to try: a header's first, then the viewer's default order. */
function layoutsOf(ctx: ParseContext): readonly StatusLayout[] {
  return ctx.statusLayout ? [ctx.statusLayout, DEFAULT_LAYOUT] : DEFAULT_ONLY;
}

/** What starts on a line below a row: the next row, something else (header, another format), or nothing. */
function startsOnLine(ctx: ParseContext, line: number, text: string): 'row' | 'other' | undefined {
  if (readRowHead(text, layoutsOf(ctx))) return 'row';
  const other =
    readHeader(text) ||
    ctx.findOpen(line, 0) >= 0 ||
    ctx.findTrailer(line, 0) >= 0 ||
    isStatmsg(text) ||
    splitViewerCopy(text);
  return other ? 'other' : undefined;
}

/** A row from the description parts of its lines (head first), joined. */
function rowOf(parts: string[], last: number, values: ColumnValues): Row {
  return { message: parts.join('\n').trim(), last, values };
}

/** A row whose description runs onto later lines, or undefined when it ends on its first line. */
function readContinued(
  ctx: ParseContext,
  at: Cursor,
  text: string,
  head: RowHead,
): Row | undefined {
  // A row quoted in a forum post ("> ") has every line quoted.
  const quoted = at.col === 0 && ctx.lines[at.line] !== text;
  const parts = [text.slice(head.descStart)];
  let chars = text.length;
  let lastWithText = at.line;
  const end = Math.min(ctx.lines.length, at.line + MAX_ROW_LINES);
  for (let line = at.line + 1; line < end; line++) {
    const raw = ctx.lines[line] ?? '';
    const lineText = quoted ? stripQuote(raw) : raw;
    const next = startsOnLine(ctx, line, lineText);
    if (next) {
      const closeEnough = next === 'row' && line - at.line <= MAX_CUT_ROW_LINES;
      return closeEnough
        ? rowOf(parts.slice(0, lastWithText - at.line + 1), lastWithText, {})
        : undefined;
    }
    chars += lineText.length + 1;
    if (chars > MAX_ROW_CHARS) return undefined;
    // A line ending in the Process ID and Thread ID columns ends the row.
    const tail = readRowTail(lineText, 0, head);
    parts.push(tail.count > 0 ? lineText.slice(0, tail.descEnd) : lineText);
    if (tail.count > 0) return rowOf(parts, line, tail.values);
    if (firstNonSpace(lineText) >= 0) lastWithText = line;
  }
  return undefined;
}

/** The whole row from its head: on one line, continued over several, or cut after its description. */
function readRow(ctx: ParseContext, at: Cursor, text: string, head: RowHead): Row {
  const tail = readRowTail(text, head.descStart, head);
  if (tail.count > 0)
    return rowOf([text.slice(head.descStart, tail.descEnd)], at.line, tail.values);
  return readContinued(ctx, at, text, head) ?? rowOf([text.slice(head.descStart)], at.line, {});
}

/** Reads a Status Message Viewer row at the cursor, on one line or continued over several. */
export function readStatusRow(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const text = fragmentAt(ctx, at);
  const head = readRowHead(text, layoutsOf(ctx));
  if (!head) return undefined;
  const row = readRow(ctx, at, text, head);
  const values = { ...head.values, ...row.values };
  const entry = entryOf(ctx, {
    first: at.line,
    last: row.last,
    message: row.message,
    format: 'status-viewer',
    severity: severityFromLabel(values.severity ?? ''),
    time: values.time,
    component: values.component,
    statusMessageId: Number(values.id),
    thread: values.tid ? Number(values.tid) : undefined,
  });
  return { entries: [entry], next: nextLine({ line: row.last, col: 0 }) };
}
