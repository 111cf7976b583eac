// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The attribute block after ]LOG]!>, e.g.
// <time="14:24:33.329+420" date="06-26-2015" component="ApplyOperatingSystem" context="" type="1" thread="1256" file="x.cpp:1626">
import { firstNonSpace } from './parse-lines.ts';
import type { Cursor, ParseContext } from './parse-context.ts';

// Matches the start of an attribute block wrapped onto its own line, e.g. <time="14:24:33.329+420"
const RE_WRAPPED_START = /^<[a-z]+="/;

/** CMTrace caps component and file at 100 characters; the whole block stays well under this. */
const MAX_BLOCK_CHARS = 2048;
const LESS_THAN = 60;

/** The attributes a LogEntry uses, and where parsing continues after the block. */
export interface CmtraceAttributes {
  /** Whether an attribute block was there at all. */
  found: boolean;
  component: string | undefined;
  /** "date time" as written, e.g. "06-26-2015 14:24:33.329+420". */
  time: string | undefined;
  thread: number | undefined;
  type: string | undefined;
  /** The last physical line the record used (0-based). */
  last: number;
  next: Cursor;
}

/**
 * Index of the '>' that ends a block starting at `open`, skipping quoted values; bounded. It
 * jumps with indexOf from quote to quote (a record's block is read once per record).
 */
function blockEnd(text: string, open: number): number {
  const end = Math.min(text.length, open + MAX_BLOCK_CHARS);
  let from = open + 1;
  let close = text.indexOf('>', from);
  while (close >= 0 && close < end) {
    const quote = text.indexOf('"', from);
    if (quote < 0 || quote > close) return close;
    const unquote = text.indexOf('"', quote + 1);
    if (unquote < 0 || unquote >= end) return -1;
    from = unquote + 1;
    if (close < from) close = text.indexOf('>', from);
  }
  return -1;
}

/** Where the block starts: right after ]LOG]!>, or on the next line when a KB wrapped it. */
function blockStart(ctx: ParseContext, line: number, pos: number): Cursor {
  const text = ctx.lines[line] ?? '';
  const here = firstNonSpace(text, pos);
  if (here >= 0) return { line, col: text[here] === '<' ? here : pos };
  const next = ctx.lines[line + 1] ?? '';
  const col = firstNonSpace(next);
  const wrapped = col >= 0 && RE_WRAPPED_START.test(next.slice(col, col + 16));
  return wrapped ? { line: line + 1, col } : { line, col: pos };
}

/** The attributes a LogEntry uses, by their lower-cased names. */
type WantedAttribute = 'date' | 'time' | 'component' | 'thread' | 'type';
/** Their names by length: a name of another length is skipped without being cut out or lower-cased. */
const WANTED_BY_LENGTH: ReadonlyMap<number, readonly WantedAttribute[]> = new Map([
  [4, ['date', 'time', 'type']],
  [6, ['thread']],
  [9, ['component']],
]);

/** Whether a character code is an ASCII letter (attribute names are letters only). */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Matches a name with a capital letter from lastIndex on, e.g. "Time" in Time="…" (the name ends at
// its '=', which no letter class takes)
const RE_CAPITAL_IN_NAME = /[a-z]*[A-Z]/y;

/**
 * The wanted attribute named by block[start, end), in any case, or undefined. Names as CMTrace
 * writes them (lower case) are compared in place; only a name with a capital is cut out and
 * lower-cased (a record has six names: cutting each out was most of what a record allocated).
 */
function wantedName(block: string, start: number, end: number): WantedAttribute | undefined {
  const names = WANTED_BY_LENGTH.get(end - start);
  if (!names) return undefined;
  for (let i = 0; i < names.length; i++) if (block.startsWith(names[i]!, start)) return names[i];
  RE_CAPITAL_IN_NAME.lastIndex = start;
  if (!RE_CAPITAL_IN_NAME.test(block)) return undefined;
  const name = block.slice(start, end).toLowerCase();
  return names.find((wanted) => wanted === name);
}

/**
 * Collects the wanted name="value" pairs from the block text. A loop over `="` rather than a
 * regex with a Map: it runs once per record, and large logs have hundreds of thousands of them.
 */
function attributeValues(block: string): Partial<Record<WantedAttribute, string>> {
  const values: Partial<Record<WantedAttribute, string>> = {};
  let from = 0;
  for (let eq = block.indexOf('="', from); eq > 0; eq = block.indexOf('="', from)) {
    let start = eq;
    while (start > 0 && isLetter(block.charCodeAt(start - 1))) start--;
    const close = block.indexOf('"', eq + 2);
    if (close < 0) break;
    const name = wantedName(block, start, eq);
    if (name) values[name] = block.slice(eq + 2, close);
    from = close + 1;
  }
  return values;
}

/** Reads the attribute block that follows ]LOG]!> at (line, pos). */
export function readCmtraceAttributes(
  ctx: ParseContext,
  line: number,
  pos: number,
): CmtraceAttributes {
  const start = blockStart(ctx, line, pos);
  const text = ctx.lines[start.line] ?? '';
  if (text.charCodeAt(start.col) !== LESS_THAN)
    return {
      found: false,
      component: undefined,
      time: undefined,
      thread: undefined,
      type: undefined,
      last: line,
      next: { line, col: pos },
    };
  const close = blockEnd(text, start.col);
  const stop = close >= 0 ? close : Math.min(text.length, start.col + MAX_BLOCK_CHARS);
  const attrs = attributeValues(text.slice(start.col + 1, stop));
  const { date, time } = attrs;
  const thread = attrs.thread?.trim();
  return {
    found: true,
    component: attrs.component,
    time: date && time ? `${date} ${time}` : date || time,
    thread: thread ? Number(thread) : undefined,
    type: attrs.type,
    last: start.line,
    // An unclosed block over the bound: skip the rest of the line rather than reparse it.
    next: close >= 0 ? { line: start.line, col: close + 1 } : { line: start.line + 1, col: 0 },
  };
}
