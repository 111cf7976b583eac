// SHIPS TO THE BROWSER. Messages between the <kb-diagnose> widget and its Web Worker. The log text
// travels only between the page and its own worker; nothing here is ever sent over the network.
// The worker answers with what the page draws, in the page's language: titles, sentences, excerpts.
import type { ArticleFiles } from '../authoring/article-files.ts';
import type { LogEncoding } from '../diagnose/decode.ts';
import type { Notice } from '../diagnose/diagnose.ts';
import type { TriedInWords } from '../diagnose/explain.ts';
import type { IndexLang } from '../diagnose/signature-index.ts';
import type { Severity } from '../diagnose/types.ts';

/** Rows of the parsed-log table the page may ask for (the count still counts every entry). */
export const MAX_TABLE_ROWS = 2000;
/** Characters of a message shown in the table. */
export const MAX_ROW_MESSAGE = 400;
/** Characters of a quoted evidence line sent to the page (an excerpt around its marks beyond that). */
export const MAX_QUOTE_CHARS = 400;

export type RequestBody =
  /** Load the index now, so that diagnosing later makes no request at all. */
  | { kind: 'warm' }
  | { kind: 'text'; text: string }
  | { kind: 'files'; files: File[] }
  /** The parsed-log table of the result answered to request `of`, asked for when the table opens. */
  | { kind: 'rows'; of: number; problemsOnly: boolean }
  /** The titles of the articles a shared link names (#articles=…), for those the index knows. */
  | { kind: 'titles'; slugs: string[] }
  /** Why each line of the result answered to request `of` matched or not, asked for when the Explain view opens. */
  | { kind: 'explain'; of: number };

/** Every request says where the index is and which language the page reads. */
export type WorkerRequest = RequestBody & { id: number; indexUrl: string; lang: IndexLang };

/** One row of the parsed-log table. */
export interface TableRow {
  line: number;
  message: string;
  component?: string;
  time?: string;
  thread?: number;
  severity: Severity;
  /** The file the entry comes from, when several files are merged by time (its line is then the file's own). */
  file?: string;
}

/** A physical line quoted as evidence (or an excerpt of it, with "…"), with the signature's spans in it. */
export interface QuotedLine {
  line: number;
  text: string;
  spans: { start: number; end: number }[];
}

/** One suggested article, as the page draws it. */
export interface ShownMatch {
  slug: string;
  /** In the page's language. */
  title: string;
  confidence: 'strong' | 'possible';
  via: 'signature' | 'symptoms';
  /** For a symptom match: the words it shares with the text. */
  terms: string[];
  /** For a possible match: what its best signature lacks, as sentences in the page's language. */
  missing: string[];
  /** The quoted lines, in line order. */
  lines: QuotedLine[];
  /** Matching entries beyond those quoted. */
  more: number;
}

/** One error code of the log, decoded and named in the page's language. */
export interface ShownCode {
  code: string;
  name?: string;
  /** The catalogue's message; none for a code the catalogue does not know. */
  message?: string;
  /** Facility name, or its number. */
  facility: string;
  win32?: number;
  /** The first line it appears on. */
  line: number;
}

/** Entries the Explain view shows at most (the count still counts every entry explained). */
export const MAX_EXPLAINED_ENTRIES = 200;

/** One signature tried for an entry, in the page's language (the words of `oobkb explain`). */
export interface ShownTried extends TriedInWords {
  /** The article's title in the page's language. */
  title: string;
}

/** One entry explained, as the Explain view draws it: its first line quoted, each signature tried. */
export interface ShownExplainedEntry {
  line: number;
  lineEnd: number;
  quote: QuotedLine;
  /** Empty: no signature was tried (then `nothingTried` says so). */
  signatures: ShownTried[];
}

/** What the worker read of one file: the page shows it beside the file's name. */
export interface ReadFile {
  name: string;
  encoding: LogEncoding;
  bytes: number;
  lines: number;
}

export interface WidgetResult {
  matches: ShownMatch[];
  codes: ShownCode[];
  entries: number;
  /** Error and warning entries, for the table's filter. */
  problems: number;
  notice?: Notice;
  /** A described problem that matched nothing: its words, for the search page. */
  searchQuery?: string;
  /** Physical lines of the text read (of all files together). */
  lines: number;
  /** The files diagnosed, in order (none for pasted or typed text). */
  files: ReadFile[];
  /** Where errors, warnings and evidence fall in time; none when no entry has a time. */
  strip?: TimeStrip;
  /** The files were streamed: `entries` are those parsed around hits, of `lines` lines. */
  streamed?: true;
  /** For a log that no article matches: a new article's three files, drafted from it. */
  draft?: ArticleFiles;
}

/** Time bins of the strip: the span of all files cut into this many equal parts. */
export const STRIP_BINS = 48;

/** An evidence line of a matched article, placed in the span. */
export interface StripMark {
  /** Where in the span, from 0 (its start) to 1 (its end). */
  at: number;
  /** The entry's time as placed, written in the strip's offset: "2009-11-19 11:35:01". */
  time: string;
  /** Line within its file. */
  line: number;
  slug: string;
  /** In the page's language. */
  title: string;
}

/** One file's row of the strip (the pasted text's, for a paste). */
export interface StripRow {
  /** The file's name; empty for pasted text. */
  name: string;
  /** Errors and warnings per bin (STRIP_BINS each). */
  errors: number[];
  warnings: number[];
  errorCount: number;
  warningCount: number;
  /** Entries with a time (their own, or the one they stand with). */
  timed: number;
  marks: StripMark[];
}

/** The logs' time span with each file's errors, warnings and evidence (time-strip.ts). */
export interface TimeStrip {
  /** The first and last time of all files, in `offset`: "2009-11-19 11:35:01". */
  from: string;
  to: string;
  /** The offset times are written in ("UTC-08:00"), or none when no log states one (local times as written). */
  offset?: string;
  /** Some times had no offset and were placed at `offset`, the one the other logs state most. */
  assumed: boolean;
  /** The most errors and warnings in one bin of any row: a full-height bar. */
  peak: number;
  rows: StripRow[];
}

export type FailureReason = 'binary' | 'unreadable' | 'index';

export type WorkerResponse =
  | { id: number; kind: 'ready' }
  | { id: number; kind: 'progress'; loaded: number; total: number }
  | { id: number; kind: 'result'; result: WidgetResult }
  /** Table rows (at most MAX_TABLE_ROWS) of `total`; stale when a newer result replaced the one asked for. */
  | { id: number; kind: 'rows'; rows: TableRow[]; total: number; stale?: true }
  | { id: number; kind: 'titles'; articles: { slug: string; title: string }[] }
  /** At most MAX_EXPLAINED_ENTRIES entries of `total`; stale when a newer result replaced the one asked for. */
  | {
      id: number;
      kind: 'explain';
      entries: ShownExplainedEntry[];
      total: number;
      /** What an entry without a tried signature says, in the page's language. */
      nothingTried: string;
      stale?: true;
      /** The explanation could not be made (the diagnosis itself never throws; this is its twin). */
      failed?: true;
      /** The input was streamed (no whole text is kept in the browser): oobkb explain explains it. */
      streamed?: true;
    }
  | { id: number; kind: 'error'; reason: FailureReason; file?: string };
