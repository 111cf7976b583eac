// SHIPS TO THE BROWSER. The engine's one entry point: text in, ranked articles out. Total: any
// input gives an answer or a reason, in time linear in its length, and nothing throws.
import { evaluateEntries, type FileLog } from './evaluate.ts';
import { foundCodes, type FoundCode } from './found-codes.ts';
import type { Matcher } from './matcher.ts';
import { parseLog } from './parse.ts';
import { isDescription } from './prose.ts';
import { rankBySignatures, rankBySymptoms, type ArticleMatch } from './rank.ts';
import { scanText } from './scan-text.ts';
import type { StreamStats } from './stream-stats.ts';
import type { LogEntry } from './types.ts';

/** Why an answer is empty or partial. */
export type Notice = 'empty' | 'no-match' | 'failed';

export interface Diagnosis {
  /** Best first; strong before possible. */
  matches: ArticleMatch[];
  entries: LogEntry[];
  codes: FoundCode[];
  notice?: Notice;
  /** For a described problem that matched nothing: the words to try on the site's search page. */
  searchQuery?: string;
  /** For a streamed input (stream-diagnose.ts): what was read; `entries` then holds only the entries parsed around hits. */
  stream?: StreamStats;
}

export interface DiagnoseOptions {
  /** Names of the files the text came from: a known log name is evidence too. */
  fileNames?: readonly string[];
  /**
   * When the text joins several files: the line each of `fileNames` starts at (1-based, in
   * order). Each entry is then judged by its own file's name, not by all the names together.
   */
  fileStarts?: readonly number[];
}

// Matches a rotated or plain log name at the end of a path, e.g. "C:\Logs\amtopmgr.lo_" → "amtopmgr"
const RE_LOG_NAME = /([^\\/]+)\.lo[g_]$/i;

/** The catalogued log the files are, when they all name the same one. */
export function fileLogOf(matcher: Matcher, fileNames: readonly string[]): string | undefined {
  const logs = new Set(
    fileNames
      .map((name) => RE_LOG_NAME.exec(name.trim())?.[1]?.toLowerCase())
      .filter((n) => n !== undefined)
      .map((n) => `${n}.log`),
  );
  const [log] = logs;
  return logs.size === 1 && log && matcher.index.logs.includes(log) ? log : undefined;
}

/** Each entry's file log, by the file its first line falls in. */
function fileLogByEntry(
  matcher: Matcher,
  fileNames: readonly string[],
  starts: readonly number[],
): FileLog {
  const logs = fileNames.map((name) => fileLogOf(matcher, [name]));
  if (logs.every((log) => log === undefined)) return undefined;
  return (entry) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= entry.lineStart) lo = mid;
      else hi = mid - 1;
    }
    return logs[lo];
  };
}

/** The catalogued log each entry's file is, as diagnose() judges it (explain-entries.ts too). */
export function fileLogFor(matcher: Matcher, options: DiagnoseOptions): FileLog {
  const fileNames = options.fileNames ?? [];
  const starts = options.fileStarts;
  return starts?.length === fileNames.length && fileNames.length > 1
    ? fileLogByEntry(matcher, fileNames, starts)
    : fileLogOf(matcher, fileNames);
}

// Matches a run of white space, e.g. "\n  "
const RE_SPACES = /\s+/;

/** A search query holds at most this many characters of a description. */
const MAX_QUERY_CHARS = 120;

/** The description's own words, white space collapsed, cut at a word boundary. */
function searchQueryOf(text: string): string {
  const words = text.trim().split(RE_SPACES);
  let query = '';
  for (const word of words) {
    if (query.length + word.length + 1 > MAX_QUERY_CHARS) break;
    query = query ? `${query} ${word}` : word;
  }
  return query || text.trim().slice(0, MAX_QUERY_CHARS);
}

/**
 * Best first; ties by slug, so the order never depends on the input's order. Slugs are ASCII, so
 * code-unit order is enough (localeCompare's first call costs ~7 ms of a CLI start: ICU's collator).
 */
export const byScore = (a: ArticleMatch, b: ArticleMatch) =>
  b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function run(matcher: Matcher, text: string, options: DiagnoseOptions): Diagnosis {
  const fileNames = options.fileNames ?? [];
  if (!text.trim()) return { matches: [], entries: [], codes: [], notice: 'empty' };
  const entries = parseLog(text);
  const scan = scanText(matcher, text, fileNames);
  const results = evaluateEntries(matcher, entries, scan, fileLogFor(matcher, options));
  const bySignature = rankBySignatures(matcher, results).sort(byScore);
  const codes = foundCodes(matcher.index, entries);
  // Words are read as a described problem only when the text is not log lines, and does not quote
  // only codes that no article involves (then it is about something else, and the codes are explained).
  const articleCodes = new Set(matcher.index.articles.flatMap((a) => a.codes));
  const foreignCodesOnly = codes.length > 0 && !codes.some((c) => articleCodes.has(c.code));
  const described = !bySignature.length && !foreignCodesOnly && isDescription(entries);
  const matches = described ? rankBySymptoms(matcher, text) : bySignature;
  const diagnosis: Diagnosis = { matches, entries, codes };
  if (!matches.length) diagnosis.notice = 'no-match';
  if (!matches.length && described) diagnosis.searchQuery = searchQueryOf(text);
  return diagnosis;
}

/** Diagnoses log text (or a described problem); never throws. */
export function diagnose(matcher: Matcher, text: string, options: DiagnoseOptions = {}): Diagnosis {
  try {
    return run(matcher, typeof text === 'string' ? text : String(text), options);
  } catch {
    return { matches: [], entries: [], codes: [], notice: 'failed' };
  }
}
