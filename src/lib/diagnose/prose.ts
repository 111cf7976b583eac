// SHIPS TO THE BROWSER. Whether a text is a problem described in words rather than log lines.
// Only a description is ranked by its words: log lines share words with every article (console,
// connect, failed) and would be "matched" by them. Entries in a ConfigMgr format are log lines;
// bare lines are too when most of them carry a time stamp, as the lines of other logs do
// (WindowsUpdate.log, a tool's console output).
import type { LogEntry } from './types.ts';

// Matches a time of day with seconds, e.g. "10:12:33" in "2009-03-10 10:12:33:111"
const RE_TIME = /\d{1,2}:\d\d:\d\d/;
// Matches an ISO-like date, e.g. "2009-03-10" or "2009/03/10"
const RE_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;

/** Fewer stamped lines than this share of a text's lines, and it is prose. */
const STAMPED_SHARE = 0.5;

/** Whether the entries are a described problem: all bare, and most of them without a time stamp. */
export function isDescription(entries: readonly LogEntry[]): boolean {
  if (!entries.every((e) => e.format === 'bare')) return false;
  const stamped = entries.filter((e) => RE_TIME.test(e.message) || RE_DATE.test(e.message)).length;
  return stamped < Math.max(1, STAMPED_SHARE * entries.length);
}
