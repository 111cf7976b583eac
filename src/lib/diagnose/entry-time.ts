// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// An entry's time, read from what its format wrote (log-formats.md): the SMS trace trailer and
// CMTrace's attributes give local time and a bias ("+480": minutes to add for UTC, the Windows
// TIME_ZONE_INFORMATION convention, so Pacific daylight time is +420 and Japan -540); STATMSG's
// GMTDATE is UTC; the viewers' copies and the SMS 2.0 long form give local time without an offset.
import { readViewerDateTime, utcFields, type DateOrder } from './parse-datetime.ts';
import type { LogEntry } from './types.ts';

/** When an entry was written. */
export interface EntryTime {
  /** The time as written, in milliseconds since 1970 reading its fields as if they were UTC. */
  wall: number;
  /** Minutes to add to `wall` for UTC, when the log states it (0 for STATMSG's GMTDATE). */
  bias?: number;
  /** The time is STATMSG's GMTDATE: UTC, not the writer's local time. */
  gmt?: true;
}

// Matches the SMS trace and CMTrace date and time, e.g. "11-19-2009 11:35:01.123+480", "06-26-2015 14:24:33.329-540"
const RE_TRACE_TIME =
  /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:([+-])(\d{1,4}))?$/;
// Matches the long form of SMS 2.0 trailers and STATMSG's GMTDATE, e.g. "Fri Mar 26 10:43:41.547 1999 Eastern Standard Time"
const RE_LONG_TIME =
  /^(?:[A-Za-z]{3} )?([A-Za-z]{3}) {1,2}(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))? (\d{4})\b/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Time zone biases lie within UTC−14:00 … UTC+14:00; anything wider is not a bias. */
const MAX_BIAS_MINUTES = 14 * 60;

const ms = (fraction: string | undefined): number =>
  fraction ? Number(fraction.padEnd(3, '0')) : 0;

/** "11-19-2009 11:35:01.123+480" → local time with its bias. */
function traceTime(text: string): EntryTime | undefined {
  const m = RE_TRACE_TIME.exec(text);
  if (!m) return undefined;
  const wall = utcFields(
    Number(m[3]),
    Number(m[1]),
    Number(m[2]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    ms(m[7]),
  );
  if (wall === undefined) return undefined;
  const bias = m[8] === undefined ? undefined : Number(`${m[8]}${m[9]}`);
  return bias !== undefined && Math.abs(bias) <= MAX_BIAS_MINUTES ? { wall, bias } : { wall };
}

/** "Fri Jan 13 22:36:47.610 2012" → local time, or UTC when the format says so (GMTDATE). */
function longTime(text: string, utc: boolean): EntryTime | undefined {
  const m = RE_LONG_TIME.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (!m || !month) return undefined;
  const wall = utcFields(
    Number(m[7]),
    month,
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    ms(m[6]),
  );
  if (wall === undefined) return undefined;
  return utc ? { wall, bias: 0, gmt: true } : { wall };
}

/**
 * The entry's time, or undefined when it has none or only a part of one (a CMTrace record cut
 * before its date). `order` reads viewer dates with the year last (see dateOrderOf).
 */
export function entryTime(entry: LogEntry, order: DateOrder = 'mdy'): EntryTime | undefined {
  const text = entry.time;
  if (text === undefined) return undefined;
  if (entry.format === 'viewer-copy' || entry.format === 'status-viewer') {
    const wall = readViewerDateTime(text, order);
    if (wall !== undefined) return { wall };
  }
  // A STATMSG's GMTDATE stands in for the time of a line that has no other.
  const gmt = entry.format === 'statmsg' || entry.message.includes(`GMTDATE=${text}`);
  return traceTime(text) ?? longTime(text, gmt);
}

/** The entry's instant in milliseconds since 1970 UTC; `localBias` stands in for a bias the log does not state. */
export const instantOf = (time: EntryTime, localBias: number): number =>
  time.wall + (time.bias ?? localBias) * 60_000;

/** The entry's local wall clock: as written, except GMTDATE, which is UTC and moved by `localBias`. */
export const localWallOf = (time: EntryTime, localBias: number): number =>
  time.gmt ? time.wall - localBias * 60_000 : time.wall;
