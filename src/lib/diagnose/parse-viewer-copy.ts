// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// A CMTrace/Trace32 "Copy to Clipboard" row: Log Text, Component, Date/Time, Thread
// (log-formats.md §3). Web copies turn the TABs into runs of spaces or single spaces, so the
// row is read from the right: thread, then date/time, then component. Regexes only ever see a
// short tail slice, so their cost does not depend on the line length.
import { makeEntry } from './entry.ts';
import { fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';

// Matches the thread column at the end, e.g. " 2880 (0x0B40)" or "\t1312 (0x0520)"
const RE_THREAD_TAIL = /(?:^|[\t ])(\d{1,10}) \(0x[0-9A-Fa-f]{1,8}\)$/;
// Matches a locale date/time at the end, e.g. "11/19/2009 11:35:01 AM", "2009/11/19 11:35:01", "19.11.2009 11:35:01"
const RE_DATETIME_TAIL =
  /(?:^|[\t ])(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\.? {1,2}(?:(?:AM|PM|午前|午後) ?)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?: ?(?:AM|PM|午前|午後))?)$/i;
// Matches a component token when columns are single-space separated, e.g. "SMS_DISTRIBUTION_MANAGER", "TSMBootstrap"
const RE_COMPONENT_TOKEN = /^[A-Za-z][A-Za-z0-9_.-]{1,99}$/;
// Matches what makes a single token look like a component, e.g. "_" in "SMS_X" or "B" in "TSMBootstrap"
const RE_COMPONENT_HINT = /_|.[A-Z]/;

/** Components are at most 100 characters in CMTrace; the bound keeps scans short. */
const MAX_COMPONENT_CHARS = 128;

/** The columns of one viewer-copy row. */
export interface ViewerColumns {
  message: string;
  component: string;
  time: string;
  thread: number;
}

/** Index just after the last non-whitespace character before `end`. */
function skipSpaceBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

/** Where the component column starts, given the separator style before the date; -1 if none. */
function componentStart(text: string, end: number, separator: string): number {
  const limit = Math.max(0, end - MAX_COMPONENT_CHARS);
  const multi = separator.includes('\t') || separator.length >= 2;
  for (let i = end - 1; i >= limit; i--) {
    const ch = text[i];
    if (ch === '\t') return i + 1;
    if (ch === ' ' && (!multi || text[i - 1] === ' ')) return i + 1;
  }
  return limit === 0 ? 0 : -1;
}

/** Whether a component found between single spaces is plausible (not just the message's last word). */
function plausibleComponent(component: string, separator: string): boolean {
  if (separator !== ' ') return component.length > 0;
  return RE_COMPONENT_TOKEN.test(component) && RE_COMPONENT_HINT.test(component);
}

/** Splits a viewer-copy row into its columns, or undefined when the line is not one. */
export function splitViewerCopy(line: string): ViewerColumns | undefined {
  const text = line.trimEnd();
  const tailFrom = Math.max(0, text.length - 40);
  const thread = RE_THREAD_TAIL.exec(text.slice(tailFrom));
  if (!thread?.[1]) return undefined;
  const threadStart = text.length - thread[0].length + (thread[0].length - thread[0].trimStart().length);
  const dateEnd = skipSpaceBack(text, threadStart);
  if (dateEnd === threadStart) return undefined;
  const dateFrom = Math.max(0, dateEnd - 48);
  const date = RE_DATETIME_TAIL.exec(text.slice(dateFrom, dateEnd));
  if (!date?.[1]) return undefined;
  const dateStart = dateEnd - date[1].length;
  const componentEnd = skipSpaceBack(text, dateStart);
  const separator = text.slice(componentEnd, dateStart);
  if (!separator) return undefined;
  const start = componentStart(text, componentEnd, separator);
  const component = start < 0 ? '' : text.slice(start, componentEnd).trim();
  if (!plausibleComponent(component, separator)) return undefined;
  return { message: text.slice(0, start).trim(), component, time: date[1], thread: Number(thread[1]) };
}

/** Reads a CMTrace/Trace32 clipboard row at the cursor. */
export function readViewerCopy(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  const columns = splitViewerCopy(fragmentAt(ctx, at));
  if (!columns) return undefined;
  const entry = makeEntry({ first: at.line, last: at.line, format: 'viewer-copy', ...columns });
  return { entries: [entry], next: nextLine(at) };
}
