// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The classic SMS trace form (log-formats.md §1):
// message~~  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+bias><thread=N (0xH)>
// Also the SMS 2.0 long timestamp, and KB copies that wrap the trailer onto the next line(s).
import { entryOf, fragmentAt, SMS_TRAILER } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';
import { readTrailer } from './parse-sms-trailer.ts';
import type { Trailer } from './parse-sms-trailer.ts';
import { firstNonSpace, stripQuote, trimTrailing } from './parse-lines.ts';

/** The message before a trailer, without indentation and the "~~" line-break marker. */
function cleanMessage(text: string): string {
  return trimTrailing(text.trim(), '~').trimEnd();
}

/** The column of "$$<" when a line is only a trailer (KB wrapping), or -1. */
function leadingTrailer(line: string | undefined): number {
  if (line === undefined) return -1;
  const quoted = stripQuote(line);
  const offset = line.length - quoted.length;
  const col = firstNonSpace(quoted);
  return col >= 0 && quoted.startsWith(SMS_TRAILER, col) ? offset + col : -1;
}

/** Builds the entry from the message and its trailer. */
function entryFor(ctx: ParseContext, first: number, message: string, trailer: Trailer): ReadResult {
  const entry = entryOf(ctx, {
    first,
    last: trailer.end.line,
    message: cleanMessage(message),
    format: 'sms-trace',
    component: trailer.component,
    time: trailer.time,
    thread: trailer.thread,
  });
  return { entries: [entry], next: trailer.end };
}

/** Reads an SMS trace entry at the cursor: trailer on this line, or on the next when wrapped. */
export function readSmsTrace(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const mark = ctx.findTrailer(at.line, at.col);
  if (mark >= 0) {
    const trailer = readTrailer(ctx, at.line, mark + 2);
    return trailer ? entryFor(ctx, at.line, fragmentAt(ctx, at, mark), trailer) : undefined;
  }
  const wrapped = leadingTrailer(ctx.lines[at.line + 1]);
  if (wrapped < 0) return undefined;
  const trailer = readTrailer(ctx, at.line + 1, wrapped + 2);
  return trailer ? entryFor(ctx, at.line, fragmentAt(ctx, at), trailer) : undefined;
}
