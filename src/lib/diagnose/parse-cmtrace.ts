// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The CCM / CMTrace on-disk form (log-formats.md §2):
// <![LOG[message]LOG]!><time="14:24:33.329+420" date="06-26-2015" component="…" context="" type="1" thread="1256" file="…">
// The message may span several physical lines; several records may share one line.
import { readCmtraceAttributes } from './parse-cmtrace-attrs.ts';
import { CMTRACE_CLOSE, CMTRACE_OPEN, entryOf, fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';

/** A record longer than this is treated as unterminated rather than swallowing the input. */
const MAX_RECORD_LINES = 500;
const MAX_RECORD_CHARS = 1024 * 1024;

/** Where a record's message ends: the line and column of its ]LOG]!>. */
interface RecordEnd {
  line: number;
  close: number;
}

/** Whether the lines from `first` to `last` add up to more than the record size cap. */
function tooLong(ctx: ParseContext, first: number, last: number): boolean {
  let chars = 0;
  for (let i = first; i <= last; i++) {
    chars += (ctx.lines[i]?.length ?? 0) + 1;
    if (chars > MAX_RECORD_CHARS) return true;
  }
  return false;
}

/** Finds the ]LOG]!> that ends a record opened at (line, open), within the caps, or undefined. */
function findRecordEnd(ctx: ParseContext, line: number, open: number): RecordEnd | undefined {
  const sameLine = ctx.findClose(line, open + CMTRACE_OPEN.length);
  if (sameLine >= 0) return { line, close: sameLine };
  const endLine = ctx.nextCloseLine(line + 1);
  if (endLine < 0 || endLine - line > MAX_RECORD_LINES) return undefined;
  const close = ctx.findClose(endLine, 0);
  // A new record starting before the end means this one was cut off.
  const nextOpen = ctx.nextOpenLine(line + 1);
  if (nextOpen >= 0 && nextOpen < endLine) return undefined;
  if (nextOpen === endLine && ctx.findOpen(endLine, 0) < close) return undefined;
  return tooLong(ctx, line, endLine) ? undefined : { line: endLine, close };
}

/** The message text between the open marker and the close marker, across lines. */
function messageBetween(ctx: ParseContext, line: number, start: number, end: RecordEnd): string {
  const first = ctx.lines[line] ?? '';
  if (end.line === line) return first.slice(start, end.close);
  const parts = [first.slice(start)];
  for (let i = line + 1; i < end.line; i++) parts.push(ctx.lines[i] ?? '');
  parts.push((ctx.lines[end.line] ?? '').slice(0, end.close));
  return parts.join('\n');
}

/** Builds the entry for a message that ends at `end`, reading the attributes after it. */
function finishRecord(
  ctx: ParseContext,
  first: number,
  message: string,
  end: RecordEnd,
): ReadResult {
  const attrs = readCmtraceAttributes(ctx, end.line, end.close + CMTRACE_CLOSE.length);
  const text = message.trim();
  if (!text && !attrs.found) return { entries: [], next: attrs.next };
  const entry = entryOf(ctx, {
    first,
    last: attrs.last,
    message: text,
    format: 'cmtrace',
    component: attrs.component,
    time: attrs.time,
    thread: attrs.thread,
    type: attrs.type,
  });
  return { entries: [entry], next: attrs.next };
}

/** Falls back for a record with no reachable end: the rest of the line, as bare text. */
function readUnterminated(ctx: ParseContext, line: number, open: number): ReadResult {
  const message = (ctx.lines[line] ?? '').slice(open + CMTRACE_OPEN.length).trim();
  const at = { line, col: 0 };
  if (!message) return { entries: [], next: nextLine(at) };
  return {
    entries: [entryOf(ctx, { first: line, last: line, message, format: 'bare' })],
    next: nextLine(at),
  };
}

/** Reads a CMTrace record (or the tail of one whose start is missing) at the cursor. */
export function readCmtrace(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const open = ctx.findOpen(at.line, at.col);
  const close = ctx.findClose(at.line, at.col);
  if (close >= 0 && (open < 0 || close < open)) {
    // The tail of a record whose start was not pasted: "…text]LOG]!><time=…>".
    const head = fragmentAt(ctx, at, close);
    return finishRecord(ctx, at.line, head, { line: at.line, close });
  }
  if (open < 0) return undefined;
  const end = findRecordEnd(ctx, at.line, open);
  if (!end) return readUnterminated(ctx, at.line, open);
  return finishRecord(
    ctx,
    at.line,
    messageBetween(ctx, at.line, open + CMTRACE_OPEN.length, end),
    end,
  );
}
