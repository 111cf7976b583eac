// SHIPS TO THE BROWSER. Messages between the <kb-diagnose> widget and its Web Worker. The log text
// travels only between the page and its own worker; nothing here is ever sent over the network.
import type { LogEncoding } from '../diagnose/decode.ts';
import type { FoundCode } from '../diagnose/found-codes.ts';
import type { ArticleMatch } from '../diagnose/rank.ts';
import type { Notice } from '../diagnose/diagnose.ts';
import type { Severity } from '../diagnose/types.ts';

/** Files larger than this (in total) are refused in the browser; the CLI takes up to 512 MB. */
export const MAX_BROWSER_BYTES = 100 * 1024 * 1024;
/** Rows of the parsed-log table the page may ask for (the count still counts every entry). */
export const MAX_TABLE_ROWS = 2000;
/** Characters of a message shown in the table. */
export const MAX_ROW_MESSAGE = 400;

export type WorkerRequest =
  /** Load the index now, so that diagnosing later makes no request at all. */
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'text'; text: string }
  | { id: number; kind: 'files'; files: File[] }
  /** The parsed-log table of the result answered to request `of`, asked for when the table opens. */
  | { id: number; kind: 'rows'; of: number; problemsOnly: boolean };

/** One row of the parsed-log table. */
export interface TableRow { line: number; message: string; component?: string; time?: string; thread?: number; severity: Severity }

/** A physical line quoted as evidence, with the signature's spans in it. */
export interface QuotedLine { line: number; text: string; spans: { start: number; end: number }[] }

export interface WidgetMatch extends ArticleMatch { lines: QuotedLine[] }

export interface WidgetResult {
  matches: WidgetMatch[];
  codes: FoundCode[];
  entries: number;
  /** Error and warning entries, for the table's filter. */
  problems: number;
  notice?: Notice;
  /** The files diagnosed, in order (none for pasted or typed text). */
  files: ReadFile[];
}

/** What the worker read of one file: the page shows it beside the file's name. */
export interface ReadFile { name: string; encoding: LogEncoding; bytes: number; lines: number }

export type FailureReason = 'too-large' | 'binary' | 'unreadable' | 'index';

export type WorkerResponse =
  | { id: number; kind: 'ready' }
  | { id: number; kind: 'progress'; loaded: number; total: number }
  | { id: number; kind: 'result'; result: WidgetResult }
  /** Table rows (at most MAX_TABLE_ROWS) of `total`; stale when a newer result replaced the one asked for. */
  | { id: number; kind: 'rows'; rows: TableRow[]; total: number; stale?: true }
  | { id: number; kind: 'error'; reason: FailureReason; file?: string; limit?: number };
