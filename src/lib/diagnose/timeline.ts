// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Entries of several files merged by their own time, as CMTrace merges logs: each entry is placed
// at its UTC instant (the SMS trace and CMTrace bias, GMTDATE). A time written without an offset
// (viewer rows, the SMS 2.0 long form) is local time: it is placed with the bias the other logs
// state most often (one site's logs share a zone), or one the caller gives, or else as if UTC.
import { entryTime, instantOf, type EntryTime } from './entry-time.ts';
import { dateOrderOf } from './parse-datetime.ts';
import type { LogEntry } from './types.ts';

/** One file's entries, in the order the file has them. */
export interface TimelineFile {
  name: string;
  entries: readonly LogEntry[];
}

/** An entry and where it falls in time. */
export interface TimedEntry {
  /** Index of its file in the merge's input. */
  file: number;
  entry: LogEntry;
  /** The time the entry wrote, if any. */
  own?: EntryTime;
  /** Where it is placed: its own time, else the previous timed entry's in its file, else the next one's. */
  time?: EntryTime;
}

/** Where the bias for times without an offset came from. */
export type LocalBiasSource = 'given' | 'logs' | 'none';

export interface Timeline {
  /** Every entry of every file, earliest first; entries with no time in their file come last. */
  entries: TimedEntry[];
  /** Minutes added to a time written without an offset to place it (UTC = local + bias). */
  localBias: number;
  localBiasFrom: LocalBiasSource;
}

const VIEWER_FORMATS: ReadonlySet<LogEntry['format']> = new Set(['viewer-copy', 'status-viewer']);

/** One file's entries with their times; an untimed entry (a bare line) keeps its neighbours' place. */
export function timeEntries(entries: readonly LogEntry[], file = 0): TimedEntry[] {
  const order = dateOrderOf(
    entries.filter((e) => VIEWER_FORMATS.has(e.format) && e.time !== undefined).map((e) => e.time!),
  );
  const timed = entries.map((entry): TimedEntry => {
    const own = entryTime(entry, order);
    return own ? { file, entry, own, time: own } : { file, entry };
  });
  let previous: EntryTime | undefined;
  for (const t of timed) {
    if (t.own) previous = t.own;
    else if (previous) t.time = previous;
  }
  let next: EntryTime | undefined;
  for (let i = timed.length - 1; i >= 0; i--) {
    const t = timed[i]!;
    if (t.own) next = t.own;
    else if (!t.time && next) t.time = next;
  }
  return timed;
}

/** The bias most entries state (GMTDATE aside, which is UTC, not a zone), or undefined when none does. */
export function commonBias(entries: readonly TimedEntry[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { own } of entries)
    if (own?.bias !== undefined && !own.gmt) counts.set(own.bias, (counts.get(own.bias) ?? 0) + 1);
  let best: number | undefined;
  for (const [bias, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = bias;
  return best;
}

/** The files' entries merged by time; ties keep file order, then line order. */
export function mergeTimelines(files: readonly TimelineFile[], localBias?: number): Timeline {
  const all = files.flatMap((f, i) => timeEntries(f.entries, i));
  const common = localBias === undefined ? commonBias(all) : undefined;
  const bias = localBias ?? common ?? 0;
  const keyed = all.map((t) => ({ t, at: t.time ? instantOf(t.time, bias) : Infinity }));
  keyed.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  return {
    entries: keyed.map((k) => k.t),
    localBias: bias,
    localBiasFrom: localBias !== undefined ? 'given' : common !== undefined ? 'logs' : 'none',
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Milliseconds read as UTC fields → "2009-11-19 11:35:01.123". */
export function formatWall(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** A bias as an ISO offset: +480 (UTC = local + 8 h) → "-08:00", -540 → "+09:00". */
export function formatOffset(bias: number): string {
  const east = -bias;
  return `${east < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
}

/** An entry time as written, with its offset when the log states one: "2009-11-19 11:35:01.123 -08:00", else "… local". */
export function formatEntryTime(time: EntryTime): string {
  return `${formatWall(time.wall)} ${time.bias === undefined ? 'local' : formatOffset(time.bias)}`;
}
