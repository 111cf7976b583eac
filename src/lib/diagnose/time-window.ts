// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// --since / --until: a bound written as a date and time, e.g. "2009-11-19 11:35". Without an
// offset it is compared with each entry's local time as written (what a person reads in the log);
// with "Z" or "+09:00" it is an instant, compared with each entry's UTC instant.
import { instantOf, localWallOf, type EntryTime } from './entry-time.ts';
import { utcFields } from './parse-datetime.ts';
import type { TimedEntry } from './timeline.ts';

/** A bound and the span it names: a whole day, minute, second or millisecond. */
export interface TimeBound {
  /** The first millisecond the bound names (wall clock fields, or UTC when `instant`). */
  from: number;
  /** The last millisecond it names: "--until 2009-11-19" takes in the whole day. */
  to: number;
  /** The bound named an offset, so it is an instant rather than a local time. */
  instant: boolean;
}

export interface TimeWindow {
  since?: TimeBound | undefined;
  until?: TimeBound | undefined;
}

// Matches a bound, e.g. "2009-11-19", "2009/11/19 11:35", "2009-11-19T11:35:01.5Z", "2009-11-19 11:35:01+09:00"
const RE_BOUND =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)? ?(Z|[+-]\d{2}:?\d{2})?$/i;

const DAY = 86_400_000;

/** The span of the last unit written: a day, a minute, a second, or a millisecond. */
function unitOf(m: RegExpExecArray): number {
  if (m[4] === undefined) return DAY;
  if (m[6] === undefined) return 60_000;
  return m[7] === undefined ? 1000 : 1;
}

/** Offset east of UTC in minutes: "Z" → 0, "+09:00" → 540, "-0800" → -480. */
function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return text.startsWith('-') ? -minutes : minutes;
}

/** Reads a bound; undefined when it is not a date (and time) in the form above. */
export function parseTimeBound(text: string): TimeBound | undefined {
  const m = RE_BOUND.exec(text.trim());
  if (!m) return undefined;
  const fraction = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const wall = utcFields(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    fraction,
  );
  if (wall === undefined) return undefined;
  const from = m[8] === undefined ? wall : wall - offsetMinutes(m[8]) * 60_000;
  return { from, to: from + unitOf(m) - 1, instant: m[8] !== undefined };
}

/** Whether an entry's time lies in the window; `localBias` places times written without an offset. */
export function inWindow(time: EntryTime, window: TimeWindow, localBias: number): boolean {
  const value = (bound: TimeBound) =>
    bound.instant ? instantOf(time, localBias) : localWallOf(time, localBias);
  if (window.since && value(window.since) < window.since.from) return false;
  if (window.until && value(window.until) > window.until.to) return false;
  return true;
}

/** What a window keeps of one text. */
export interface WindowedText {
  /** The text with every line of an entry outside the window emptied, so line numbers stay. */
  text: string;
  kept: number;
  /** Entries left out because neither they nor their neighbours in the file have a time. */
  untimed: number;
}

/** Keeps the lines of the entries inside the window (an untimed entry goes with its neighbours' time). */
export function textInWindow(
  lines: readonly string[],
  timed: readonly TimedEntry[],
  window: TimeWindow,
  localBias: number,
): WindowedText {
  const keep = new Uint8Array(lines.length);
  let kept = 0;
  let untimed = 0;
  for (const { entry, time } of timed) {
    if (!time) untimed++;
    if (!time || !inWindow(time, window, localBias)) continue;
    kept++;
    keep.fill(1, entry.lineStart - 1, entry.lineEnd);
  }
  return { text: lines.map((line, i) => (keep[i] ? line : '')).join('\n'), kept, untimed };
}
