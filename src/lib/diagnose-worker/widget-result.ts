// SHIPS TO THE BROWSER (worker). Shapes a diagnosis for the page: exactly what it draws, in its
// language (titles, sentences for what a match lacks, code names), evidence as quoted excerpts,
// counts; and a bounded table that stays in the worker until the page opens it, so showing an
// answer never makes the page's thread copy thousands of rows or megabytes of a long line.
import type { Diagnosis } from '../diagnose/diagnose.ts';
import { describeMissing } from '../diagnose/explain.ts';
import type { FoundCode } from '../diagnose/found-codes.ts';
import type { ArticleMatch } from '../diagnose/rank.ts';
import type { IndexLang, SignatureIndex } from '../diagnose/signature-index.ts';
import type { LogEntry } from '../diagnose/types.ts';
import {
  MAX_QUOTE_CHARS,
  MAX_ROW_MESSAGE,
  MAX_TABLE_ROWS,
  type QuotedLine,
  type ReadFile,
  type ShownCode,
  type ShownMatch,
  type TableRow,
  type WidgetResult,
} from './protocol.ts';

/** Physical lines quoted per article at most (an entry may span several). */
const MAX_QUOTED_LINES = 40;
/** Characters kept before the first mark when a long line is cut to an excerpt. */
const EXCERPT_LEAD = 80;

/** An entry as a row of the table, its message cut to MAX_ROW_MESSAGE characters. */
export function toRow(entry: LogEntry): TableRow {
  return {
    line: entry.lineStart,
    message:
      entry.message.length > MAX_ROW_MESSAGE
        ? `${entry.message.slice(0, MAX_ROW_MESSAGE)}…`
        : entry.message,
    severity: entry.severity,
    ...(entry.component ? { component: entry.component } : {}),
    ...(entry.time ? { time: entry.time } : {}),
    ...(entry.thread !== undefined ? { thread: entry.thread } : {}),
  };
}

/** The parsed-log table of a diagnosis, all entries and errors and warnings only, each bounded. */
export interface LogTable {
  all: TableRow[];
  problems: TableRow[];
  entries: number;
  problemCount: number;
}

/** Builds the table kept in the worker for the page to ask for. */
export function logTable(entries: readonly LogEntry[]): LogTable {
  const problems = entries.filter((e) => e.severity !== 'info');
  return {
    all: entries.slice(0, MAX_TABLE_ROWS).map(toRow),
    problems: problems.slice(0, MAX_TABLE_ROWS).map(toRow),
    entries: entries.length,
    problemCount: problems.length,
  };
}

/** A line as quoted: whole when short, else MAX_QUOTE_CHARS around its first mark, with "…" where cut. */
export function excerpt(line: number, text: string, spans: QuotedLine['spans']): QuotedLine {
  if (text.length <= MAX_QUOTE_CHARS) return { line, text, spans };
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
  const from = Math.max(0, Math.min(first - EXCERPT_LEAD, text.length - MAX_QUOTE_CHARS));
  const to = Math.min(text.length, from + MAX_QUOTE_CHARS);
  const head = from > 0 ? '…' : '';
  const shift = head.length - from;
  return {
    line,
    text: `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    spans: spans
      .filter((s) => s.end > from && s.start < to)
      .map((s) => ({ start: Math.max(s.start, from) + shift, end: Math.min(s.end, to) + shift })),
  };
}

/** The quoted lines of a match's evidence, each line once, in the order found. */
function quotedLines(match: ArticleMatch, lines: QuotableLines): QuotedLine[] {
  const quoted: QuotedLine[] = [];
  const seen = new Set<number>();
  for (const e of match.evidence) {
    for (let line = e.lineStart; line <= e.lineEnd && quoted.length < MAX_QUOTED_LINES; line++) {
      if (seen.has(line)) continue;
      seen.add(line);
      quoted.push(
        excerpt(
          line,
          lines.line(line),
          e.spans.filter((s) => s.line === line).map(({ start, end }) => ({ start, end })),
        ),
      );
    }
  }
  return quoted;
}

/** What the page needs to write about one index in one language. */
export interface PageWords {
  lang: IndexLang;
  titles: ReadonlyMap<string, string>;
}

/** Article titles of an index in one language. */
export function pageWords(index: SignatureIndex, lang: IndexLang): PageWords {
  return { lang, titles: new Map(index.articles.map((a) => [a.slug, a.title[lang]])) };
}

function shownMatch(match: ArticleMatch, lines: QuotableLines, words: PageWords): ShownMatch {
  const quoted = quotedLines(match, lines);
  return {
    slug: match.slug,
    title: words.titles.get(match.slug) ?? match.slug,
    confidence: match.confidence,
    via: match.via,
    terms: match.terms,
    missing: match.missing.map((m) => describeMissing(m, words.lang)),
    lines: quoted,
    more: Math.max(0, match.occurrences - match.evidence.length),
  };
}

function shownCode(found: FoundCode, lang: IndexLang): ShownCode {
  const { hresult, known } = found;
  const name = known?.names[0];
  return {
    code: found.code,
    ...(name ? { name } : {}),
    ...(known ? { message: known.message[lang] } : {}),
    facility: hresult.facilityName ?? String(hresult.facility),
    ...(hresult.win32 !== undefined ? { win32: hresult.win32 } : {}),
    line: found.firstLine,
  };
}

/** The lines evidence is quoted from: a LineIndex over the whole text, or what a stream kept. */
export interface QuotableLines {
  readonly count: number;
  line(line: number): string;
}

/** The page's view of a diagnosis (its table travels separately, on request). */
export function widgetResult(
  diagnosis: Diagnosis,
  lines: QuotableLines,
  files: ReadFile[],
  table: LogTable,
  words: PageWords,
): WidgetResult {
  return {
    matches: diagnosis.matches.map((m) => shownMatch(m, lines, words)),
    codes: diagnosis.codes.map((c) => shownCode(c, words.lang)),
    entries: table.entries,
    problems: table.problemCount,
    ...(diagnosis.notice ? { notice: diagnosis.notice } : {}),
    ...(diagnosis.searchQuery ? { searchQuery: diagnosis.searchQuery } : {}),
    lines: lines.count,
    files,
    ...(diagnosis.stream ? { streamed: true as const } : {}),
  };
}
