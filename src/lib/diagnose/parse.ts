// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Splits pasted or uploaded log text into entries. One paste may mix formats, so each line is
// offered to the readers in turn; the first that recognises it wins, and bare text is the
// fallback. Every step is linear in the input: readers use indexOf and bounded scans, never a
// regex that can backtrack over a whole line.
import { createContext, entryOf, fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult, Reader, WantedLines } from './parse-context.ts';
import { readCmtrace } from './parse-cmtrace.ts';
import { readHeaderRow } from './parse-header-row.ts';
import { firstNonSpace, hasAlnumFrom, splitLines } from './parse-lines.ts';
import { readSmsTrace } from './parse-sms-trace.ts';
import { isStatmsg } from './parse-statmsg.ts';
import { readStatusRow } from './parse-status-row.ts';
import { readViewerCopy } from './parse-viewer-copy.ts';
import { joinViewerContinuations } from './parse-viewer-join.ts';
import type { LogEntry } from './types.ts';

/** Message text alone (also a bare STATMSG line); always succeeds. */
function readBare(ctx: ParseContext, at: Cursor): ReadResult {
  const message = fragmentAt(ctx, at).trim();
  if (!message) return { entries: [], next: nextLine(at) };
  const format = isStatmsg(message) ? 'statmsg' : 'bare';
  return {
    entries: [entryOf(ctx, { first: at.line, last: at.line, message, format })],
    next: nextLine(at),
  };
}

/** The readers in order of how specific their anchors are; a viewer's header row yields no entry. */
const READERS: readonly Reader[] = [
  readCmtrace,
  readSmsTrace,
  readHeaderRow,
  readStatusRow,
  readViewerCopy,
];

/** Whether nothing worth an entry remains at the cursor (blank line, or junk like "*" after a record). */
function isSkippable(ctx: ParseContext, at: Cursor): boolean {
  const line = ctx.lines[at.line] ?? '';
  if (at.col >= line.length) return true;
  return at.col === 0 ? firstNonSpace(line) < 0 : !hasAlnumFrom(line, at.col);
}

/** The first reader's result at the cursor, with bare text as the fallback. */
function readAt(ctx: ParseContext, at: Cursor): ReadResult {
  for (let r = 0; r < READERS.length; r++) {
    const result = READERS[r]!(ctx, at);
    if (result) return result;
  }
  return readBare(ctx, at);
}

/** The cursor after a read, forced forward so a reader bug can never loop forever. */
function advance(at: Cursor, next: Cursor): Cursor {
  const forward = next.line > at.line || (next.line === at.line && next.col > at.col);
  return forward ? next : nextLine(at);
}

/** Parses all lines; may throw only on a bug, which parseLog contains. */
function parseLines(lines: readonly string[], wanted?: WantedLines): LogEntry[] {
  const ctx = createContext(lines, wanted);
  const entries: LogEntry[] = [];
  let at: Cursor = { line: 0, col: 0 };
  while (at.line < lines.length) {
    if (isSkippable(ctx, at)) {
      at = nextLine(at);
      continue;
    }
    const result = readAt(ctx, at);
    for (let e = 0; e < result.entries.length; e++) entries.push(result.entries[e]!);
    at = advance(at, result.next);
  }
  return entries;
}

/** Parses log text in any mix of CMTrace, SMS trace, viewer copies, status rows, STATMSG and bare lines; never throws. */
export function parseLog(text: string): LogEntry[] {
  return parseLogLines(splitLines(typeof text === 'string' ? text : String(text)));
}

/**
 * parseLog on a text already split by splitLines (the stream splits each batch once for both).
 * `wanted` (0-based first and last line): entries over other lines are only outlines (ParseContext).
 */
export function parseLogLines(lines: readonly string[], wanted?: WantedLines): LogEntry[] {
  try {
    return joinViewerContinuations(parseLines(lines, wanted), lines);
  } catch {
    return [];
  }
}
