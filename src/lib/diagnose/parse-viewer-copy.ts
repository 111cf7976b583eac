// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A CMTrace/Trace32 "Copy to Clipboard" row: Log Text, Component, Date/Time, Thread
// (log-formats.md §3). Web copies turn the TABs into runs of spaces or single spaces, so the
// row is read from the right: thread, then date/time, then component. A copy whose last columns
// were cut still counts: without Thread when a date/time ends it, without Date/Time and Thread
// when a component-looking token (SMS_AMT_OPERATION_MANAGER, TSMBootstrap) ends it after a TAB or
// a run of spaces. Regexes only ever see a short tail slice, so their cost does not depend on
// the line length.
import { entryOf, fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';
import { MAX_DATE_TIME_CHARS, RE_DATE_TIME_TAIL } from './parse-datetime.ts';

// Matches the thread column at the end, e.g. " 2880 (0x0B40)" or "\t1312 (0x0520)"
const RE_THREAD_TAIL = /(?:^|[\t ])(\d{1,10}) \(0x[0-9A-Fa-f]{1,8}\)$/;
// Matches the last character of a date/time: a digit, or the end of AM/PM/A.M. or of 午前/午後/上午/下午/오전/오후
const RE_DATE_TIME_END = /[\dMm.前後전후]/;
// Matches a component token when columns are not TABs, e.g. "SMS_DISTRIBUTION_MANAGER", "Oobconsole"
const RE_COMPONENT_TOKEN = /^[A-Za-z][A-Za-z0-9_.-]{1,99}$/;
// Matches what makes a single token look like a component, e.g. "_" in "SMS_X" or "B" in "TSMBootstrap"
const RE_COMPONENT_HINT = /_|.[A-Z]/;

/** Components are at most 100 characters in CMTrace; the bound keeps scans short. */
const MAX_COMPONENT_CHARS = 128;

/** The columns of one viewer-copy row; time and thread are missing when the copy cut them. */
export interface ViewerColumns {
  message: string;
  component: string;
  time?: string | undefined;
  thread?: number | undefined;
}

/** Index just after the last non-whitespace character before `end`. */
function skipSpaceBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

/** Whether a separator is a TAB or a run of spaces (not one space, which the message has too). */
const isColumnBreak = (separator: string) => separator.includes('\t') || separator.length >= 2;

/** Where the component column starts, given the separator style after it; -1 if none. */
function componentStart(text: string, end: number, separator: string): number {
  const limit = Math.max(0, end - MAX_COMPONENT_CHARS);
  const multi = isColumnBreak(separator);
  for (let i = end - 1; i >= limit; i--) {
    const ch = text[i];
    if (ch === '\t') return i + 1;
    if (ch === ' ' && (!multi || text[i - 1] === ' ')) return i + 1;
  }
  return limit === 0 ? 0 : -1;
}

/** Whether a component is plausible: anything after a TAB, a token after spaces when the row was cut, a component-looking token after one space. */
function plausibleComponent(component: string, separator: string, cut: boolean): boolean {
  if (separator.includes('\t') || (separator.length >= 2 && !cut)) return component.length > 0;
  if (separator.length >= 2) return RE_COMPONENT_TOKEN.test(component);
  return RE_COMPONENT_TOKEN.test(component) && RE_COMPONENT_HINT.test(component);
}

/** The message and component before `end`; with `cut`, the row lost its thread and a message is required. */
function messageAndComponent(
  text: string,
  end: number,
  cut: boolean,
): Pick<ViewerColumns, 'message' | 'component'> | undefined {
  const componentEnd = skipSpaceBack(text, end);
  const separator = text.slice(componentEnd, end);
  if (!separator) return undefined;
  const start = componentStart(text, componentEnd, separator);
  const component = start < 0 ? '' : text.slice(start, componentEnd).trim();
  const message = text.slice(0, Math.max(0, start)).trim();
  if (!plausibleComponent(component, separator, cut) || (cut && !message)) return undefined;
  return { message, component };
}

/** The date/time ending at `end` and the columns before it, or undefined. */
function withDate(text: string, end: number, cut: boolean): ViewerColumns | undefined {
  if (!RE_DATE_TIME_END.test(text[end - 1] ?? '')) return undefined;
  const date = RE_DATE_TIME_TAIL.exec(text.slice(Math.max(0, end - MAX_DATE_TIME_CHARS), end));
  if (!date?.[1]) return undefined;
  const before = messageAndComponent(text, end - date[1].length, cut);
  return before && { ...before, time: date[1] };
}

/** A full row: … component, date/time, thread. */
function withThread(text: string): ViewerColumns | undefined {
  const thread = RE_THREAD_TAIL.exec(text.slice(Math.max(0, text.length - 40)));
  if (!thread?.[1]) return undefined;
  const threadStart =
    text.length - thread[0].length + (thread[0].length - thread[0].trimStart().length);
  const dateEnd = skipSpaceBack(text, threadStart);
  if (dateEnd === threadStart) return undefined;
  const columns = withDate(text, dateEnd, false);
  return columns && { ...columns, thread: Number(thread[1]) };
}

/** A row cut after its component: a component-looking last token after a TAB or a run of spaces. */
function withComponentOnly(text: string): ViewerColumns | undefined {
  const start = componentStart(text, text.length, ' ');
  if (start <= 0) return undefined;
  const component = text.slice(start);
  const messageEnd = skipSpaceBack(text, start);
  const message = text.slice(0, messageEnd).trim();
  const looksLikeComponent =
    RE_COMPONENT_TOKEN.test(component) && RE_COMPONENT_HINT.test(component);
  return looksLikeComponent && message && isColumnBreak(text.slice(messageEnd, start))
    ? { message, component }
    : undefined;
}

/** Splits a viewer-copy row into its columns, or undefined when the line is not one. */
export function splitViewerCopy(line: string): ViewerColumns | undefined {
  const text = line.trimEnd();
  return withThread(text) ?? withDate(text, text.length, true) ?? withComponentOnly(text);
}

/** Reads a CMTrace/Trace32 clipboard row at the cursor. */
export function readViewerCopy(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const columns = splitViewerCopy(fragmentAt(ctx, at));
  if (!columns) return undefined;
  const entry = entryOf(ctx, { first: at.line, last: at.line, format: 'viewer-copy', ...columns });
  return { entries: [entry], next: nextLine(at) };
}
