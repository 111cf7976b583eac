// SHIPS TO THE BROWSER. Messages between the <kb-diagnose> widget and its Web Worker. The log text
// travels only between the page and its own worker; nothing here is ever sent over the network.
// The worker answers with what the page draws, in the page's language: titles, sentences, excerpts.
import type { LogEncoding } from '../diagnose/decode.ts';
import type { Notice } from '../diagnose/diagnose.ts';
import type { TriedInWords } from '../diagnose/explain.ts';
import type { IndexLang } from '../diagnose/signature-index.ts';
import type { Severity } from '../diagnose/types.ts';

/** Files larger than this (in total) are refused in the browser; the CLI takes up to 512 MB. */
export const MAX_BROWSER_BYTES = 100 * 1024 * 1024;
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
}

export type FailureReason = 'too-large' | 'binary' | 'unreadable' | 'index';

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
    }
  /** `limit` is in MB, for a refusal by size. */
  | { id: number; kind: 'error'; reason: FailureReason; file?: string; limit?: number };
