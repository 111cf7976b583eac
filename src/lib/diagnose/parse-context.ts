// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// State shared by the format readers: the lines, cached marker searches, the line index
// that lets a multi-line CMTrace record find its end without rescanning, and the column order
// a header row gave.
import { makeEntry, makeOutline, type EntryDraft } from './entry.ts';
import { stripQuote } from './parse-lines.ts';
import type { StatusLayout } from './status-columns.ts';
import type { LogEntry } from './types.ts';

/** Opens a CMTrace record, e.g. "<![LOG[Downloaded file…". */
export const CMTRACE_OPEN = '<![LOG[';
/** Closes a CMTrace message, e.g. "…install.wim ]LOG]!><time=…". */
export const CMTRACE_CLOSE = ']LOG]!>';
/** Starts an SMS trace trailer, e.g. "  $$<SMS_AMT_OPERATION_MANAGER><…". */
export const SMS_TRAILER = '$$<';

/** A position in the input: 0-based physical line and column. */
export interface Cursor {
  line: number;
  col: number;
}

/** What a reader produced and where parsing continues. */
export interface ReadResult {
  entries: LogEntry[];
  next: Cursor;
}

/** Reads entries at a cursor, or returns undefined when the text there is not its format. */
export type Reader = (ctx: ParseContext, at: Cursor) => ReadResult | undefined;

/** Whether the entry over lines first–last (0-based) is kept (see ParseContext.wanted). */
export type WantedLines = (first: number, last: number) => boolean;

/** The lines plus cached searches; every lookup is amortised linear over the whole parse. */
export interface ParseContext {
  /** Physical lines, without their line breaks. */
  lines: readonly string[];
  /** Column of the next "<![LOG[" in the line at or after col, or -1. */
  findOpen: (line: number, col: number) => number;
  /** Column of the next "]LOG]!>" in the line at or after col, or -1. */
  findClose: (line: number, col: number) => number;
  /** Column of the next "$$<" in the line at or after col, or -1. */
  findTrailer: (line: number, col: number) => number;
  /** First line at or after `line` that contains "<![LOG[", or -1. */
  nextOpenLine: (line: number) => number;
  /** First line at or after `line` that contains "]LOG]!>", or -1. */
  nextCloseLine: (line: number) => number;
  /** The column order a Status Message Viewer header row above set, if any (the one state readers change). */
  statusLayout: StatusLayout | undefined;
  /**
   * Whether the entry over lines first–last (0-based) is kept: the others are made as outlines
   * (makeOutline). Undefined: every entry is kept.
   */
  wanted: WantedLines | undefined;
}

/** A search for one marker that remembers its last answer, so scanning a line left to right is linear. */
function markerFinder(
  lines: readonly string[],
  marker: string,
): (line: number, col: number) => number {
  let cachedLine = -1;
  let cachedFrom = 0;
  let cachedAt = -1;
  return (line, col) => {
    const reusable = line === cachedLine && col >= cachedFrom && (cachedAt < 0 || cachedAt >= col);
    if (!reusable) {
      cachedLine = line;
      cachedFrom = col;
      cachedAt = lines[line]?.indexOf(marker, col) ?? -1;
    }
    return cachedAt;
  };
}

/** For each line, the first line at or after it containing the marker; built on first use. */
function nextLineIndex(lines: readonly string[], marker: string): (line: number) => number {
  let index: Int32Array | undefined;
  return (line) => {
    if (!index) {
      index = new Int32Array(lines.length + 1).fill(-1);
      for (let i = lines.length - 1; i >= 0; i--) {
        index[i] = (lines[i] ?? '').includes(marker) ? i : (index[i + 1] ?? -1);
      }
    }
    return line < 0 || line >= lines.length ? -1 : (index[line] ?? -1);
  };
}

/** Builds the shared context for one parse. */
export function createContext(lines: readonly string[], wanted?: WantedLines): ParseContext {
  return {
    lines,
    findOpen: markerFinder(lines, CMTRACE_OPEN),
    findClose: markerFinder(lines, CMTRACE_CLOSE),
    findTrailer: markerFinder(lines, SMS_TRAILER),
    nextOpenLine: nextLineIndex(lines, CMTRACE_OPEN),
    nextCloseLine: nextLineIndex(lines, CMTRACE_CLOSE),
    statusLayout: undefined,
    wanted,
  };
}

/** A reader's entry: whole, or an outline when the parse keeps no entry over its lines (ParseContext.wanted). */
export function entryOf(ctx: ParseContext, draft: EntryDraft): LogEntry {
  const kept = !ctx.wanted || ctx.wanted(draft.first, Math.max(draft.first, draft.last));
  return kept ? makeEntry(draft) : makeOutline(draft);
}

/** The text at a cursor (to `end`, default the line's end): without a markdown quote at column 0. */
export function fragmentAt(ctx: ParseContext, at: Cursor, end?: number): string {
  const line = ctx.lines[at.line] ?? '';
  const text = at.col === 0 && end === undefined ? line : line.slice(at.col, end);
  return at.col === 0 ? stripQuote(text) : text;
}

/** The cursor at the start of the next line. */
export function nextLine(at: Cursor): Cursor {
  return { line: at.line + 1, col: 0 };
}
