// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The "<Component><time><thread=N (0xH)>" groups after "$$", e.g.
// $$<SMS_SITE_COMPONENT_MANAGER><Fri Mar 26 10:43:41.547 1999 Eastern Standard Time><thread=281 (0x119)>
// A KB copy may continue the groups on the next physical line (real-logs/012).
import { firstNonSpace, indexWithin, stripQuote } from './parse-lines.ts';
import type { Cursor, ParseContext } from './parse-context.ts';

// Matches a thread group's text, e.g. "thread=2868 (0xB34)" or "thread=281"
const RE_THREAD_GROUP = /^thread=(\d{1,10})/i;
// Matches a group that can only be a time, e.g. "08-22-2016 04:15:01.917+420" or "Fri Mar 26 10:43:41.547 1999 …"
const RE_TIME_LIKE = /\d:\d\d/;

/** A group is a component, time or thread; CMTrace caps components at 100 characters. */
const MAX_GROUP_CHARS = 256;
/** Component, time, thread, and one spare for variants. */
const MAX_GROUPS = 4;

/** The parsed trailer and the cursor just after it. */
export interface Trailer {
  component: string;
  time: string | undefined;
  thread: number | undefined;
  end: Cursor;
}

/** The text of a "<…>" group at `pos` and the column after it, or undefined. */
function readGroup(text: string, pos: number): { value: string; after: number } | undefined {
  if (text[pos] !== '<') return undefined;
  const close = indexWithin(text, '>', pos + 1, MAX_GROUP_CHARS);
  return close < 0 ? undefined : { value: text.slice(pos + 1, close), after: close + 1 };
}

/** Stores a time or thread group in the trailer; false when the group is neither. */
function assignGroup(trailer: Trailer, value: string): boolean {
  const thread = RE_THREAD_GROUP.exec(value)?.[1];
  if (thread !== undefined) {
    trailer.thread = Number(thread);
    return true;
  }
  if (trailer.time !== undefined || !RE_TIME_LIKE.test(value)) return false;
  trailer.time = value.trim();
  return true;
}

/** The next line's first group when the trailer was wrapped there ("  <Fri Mar 26 …><thread=…>"). */
function wrappedGroup(
  ctx: ParseContext,
  line: number,
): { cursor: Cursor; value: string; after: number } | undefined {
  const raw = ctx.lines[line + 1];
  if (raw === undefined) return undefined;
  const text = stripQuote(raw);
  const col = firstNonSpace(text);
  const group = col >= 0 ? readGroup(text, col) : undefined;
  if (!group || group.value.startsWith('![LOG[')) return undefined;
  if (!RE_THREAD_GROUP.test(group.value) && !RE_TIME_LIKE.test(group.value)) return undefined;
  const offset = raw.length - text.length;
  return {
    cursor: { line: line + 1, col: offset + col },
    value: group.value,
    after: offset + group.after,
  };
}

/** Reads the groups starting at (line, pos), where pos is the '<' after "$$"; undefined if malformed. */
export function readTrailer(ctx: ParseContext, line: number, pos: number): Trailer | undefined {
  let text = ctx.lines[line] ?? '';
  const component = readGroup(text, pos);
  if (!component) return undefined;
  const trailer: Trailer = {
    component: component.value.trim(),
    time: undefined,
    thread: undefined,
    end: { line, col: component.after },
  };
  let wrapped = false;
  for (let i = 1; i < MAX_GROUPS; i++) {
    const group = readGroup(text, trailer.end.col);
    if (group && assignGroup(trailer, group.value)) {
      trailer.end = { line: trailer.end.line, col: group.after };
      continue;
    }
    if (
      group ||
      wrapped ||
      trailer.thread !== undefined ||
      firstNonSpace(text, trailer.end.col) >= 0
    )
      break;
    const next = wrappedGroup(ctx, trailer.end.line);
    if (!next || !assignGroup(trailer, next.value)) break;
    wrapped = true;
    text = ctx.lines[next.cursor.line] ?? '';
    trailer.end = { line: next.cursor.line, col: next.after };
  }
  return trailer;
}
