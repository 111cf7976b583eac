// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Recognises a Status Message Viewer row by its shape: the columns before the description are
// matched from the left, each by what it looks like (status-columns.ts), the columns after it
// from the right of the row's last line. Columns may be missing (hidden, empty, or cut off at the
// end), so the match is a tiny search over which cells make which column; it only ever looks at
// the first HEAD_WINDOW and the last TAIL_WINDOW characters, so its cost does not grow with the line.
import { cellText, isBlank, splitCells } from './parse-cells.ts';
import type { Cell, CellMode } from './parse-cells.ts';
import { fitScore, fitsColumn, OPTIONAL_COLUMNS, wordSpans } from './status-columns.ts';
import type { StatusColumn, StatusLayout } from './status-columns.ts';

/** The text of each column found. */
export type ColumnValues = Partial<Record<StatusColumn, string>>;

/** The start of a row: its layout, how its columns are separated, the head columns and where the description starts. */
export interface RowHead {
  layout: StatusLayout;
  mode: CellMode;
  values: ColumnValues;
  /** Offset of the description in the line (the line's length when the line ends with the head). */
  descStart: number;
}

/** The end of a row on one line: the tail columns found (none when cut) and where the description ends. */
export interface RowTail {
  count: number;
  descEnd: number;
  values: ColumnValues;
}

// Matches the hours and minutes every date/time column holds, e.g. "1:35" in "11/19/2009 11:35:01 AM"
const RE_TIME_HINT = /\d:\d\d/;

/** The head columns (at most ten short cells and their separators) lie in the first characters. */
const HEAD_WINDOW = 1024;
/** The tail columns (IDs, or a few short cells in a header's order) lie in the last characters. */
const TAIL_WINDOW = 320;
/** Cells a head can span: ten columns, or with single spaces a date of three words and a system of eight. */
const MAX_HEAD_CELLS = 24;
/** A first word longer than this is no column of the viewer. */
const MAX_FIRST_WORD = 32;

/** The first word of a line, or undefined when it is too long or the only one. */
function firstWord(text: string): string | undefined {
  let start = 0;
  while (start < text.length && isBlank(text[start])) start++;
  let end = start;
  while (end < text.length && end - start <= MAX_FIRST_WORD && !isBlank(text[end])) end++;
  return end === text.length || end - start > MAX_FIRST_WORD ? undefined : text.slice(start, end);
}

/**
 * How to read the head's cells: "strong" (TABs or runs of spaces) first when the head has such a
 * break, then "weak" (single spaces), as a row with single spaces may still hold a double space
 * where an empty column was.
 */
function modesOf(text: string): readonly CellMode[] {
  const end = Math.min(text.length, HEAD_WINDOW);
  let start = 0;
  while (start < end && isBlank(text[start])) start++;
  for (let i = start; i < end; i++) {
    if (text[i] === '\t' || (isBlank(text[i]) && isBlank(text[i + 1]))) return BOTH_MODES;
  }
  return WEAK_ONLY;
}

const BOTH_MODES: readonly CellMode[] = ['strong', 'weak'];
const WEAK_ONLY: readonly CellMode[] = ['weak'];

/** One way of reading the head: the columns found, the next cell, and how well the cells fit. */
interface HeadMatch {
  values: ColumnValues;
  next: number;
  score: number;
}

/** Ways of reading one head tried at most; the search is tiny, this only bounds a freak line. */
const MAX_STEPS = 2000;

/**
 * Matches columns to cells from the left. Optional columns may be absent and, between single
 * spaces, a column may span several words, so a head can be read more than one way ("CS1" may
 * be a site or a component): every way is tried and the one whose cells fit best wins.
 */
function matchColumns(
  text: string,
  cells: readonly Cell[],
  usable: number,
  columns: readonly StatusColumn[],
  mode: CellMode,
): HeadMatch | undefined {
  const values: ColumnValues = {};
  let best: HeadMatch | undefined;
  let steps = 0;
  const visit = (k: number, c: number, score: number): void => {
    if (++steps > MAX_STEPS) return;
    if (k === columns.length) {
      // On a tie the reading that leaves more to the description wins: an empty optional column
      // just before it (lost between single spaces) must not take the description's first word.
      if (!best || score > best.score || (score === best.score && c < best.next))
        best = { values: { ...values }, next: c, score };
      return;
    }
    const column = columns[k]!;
    for (const span of mode === 'weak' ? wordSpans(column) : [1]) {
      const value = c + span <= usable ? cellText(text, cells, c, c + span - 1) : undefined;
      if (value === undefined || !fitsColumn(column, value)) continue;
      values[column] = value;
      visit(k + 1, c + span, score + fitScore(column, value));
      delete values[column];
    }
    if (OPTIONAL_COLUMNS.has(column)) visit(k + 1, c, score);
  };
  visit(0, 0, 0);
  return best;
}

/** Columns that are always one word: the first word must fit them when they come first. */
const ONE_WORD: ReadonlySet<StatusColumn> = new Set([
  'severity',
  'type',
  'site',
  'id',
  'pid',
  'tid',
]);

/** Whether a first word can open a row of the layout: a cheap test that turns away almost every line. */
function leadFits(layout: StatusLayout, word: string): boolean {
  const lead = layout.head[0];
  return !lead || OPTIONAL_COLUMNS.has(lead) || !ONE_WORD.has(lead) || fitsColumn(lead, word);
}

/** Whether the head holds a time ("11:35") when every layout needs one: lines that start with "Error" mostly do not. */
function hasTimeIfNeeded(text: string, layouts: readonly StatusLayout[]): boolean {
  if (!layouts.every((layout) => layout.head.includes('time'))) return true;
  return RE_TIME_HINT.test(text.length > HEAD_WINDOW ? text.slice(0, HEAD_WINDOW) : text);
}

/** Reads the head of a status row with the first layout that fits, or undefined when the line is not one. */
export function readRowHead(text: string, layouts: readonly StatusLayout[]): RowHead | undefined {
  const word = firstWord(text);
  const candidates = word === undefined ? [] : layouts.filter((layout) => leadFits(layout, word));
  if (!candidates.length || !hasTimeIfNeeded(text, candidates)) return undefined;
  for (const mode of modesOf(text)) {
    const { list, truncated } = splitCells(text, mode, {
      limit: HEAD_WINDOW,
      maxCells: MAX_HEAD_CELLS,
    });
    const usable = truncated ? list.length - 1 : list.length;
    for (const layout of candidates) {
      const match = matchColumns(text, list, usable, layout.head, mode);
      if (match)
        return {
          layout,
          mode,
          values: match.values,
          descStart: list[match.next]?.start ?? text.length,
        };
    }
  }
  return undefined;
}

/** Reads the tail columns at the end of a row's line (from `from` on); count 0 when they were cut. */
export function readRowTail(text: string, from: number, head: RowHead): RowTail {
  const { tail } = head.layout;
  const end = text.trimEnd().length;
  if (!tail.length || head.mode === 'weak')
    return { count: 0, descEnd: Math.max(from, end), values: {} };
  const { list } = splitCells(text, 'strong', {
    from: Math.max(from, text.length - TAIL_WINDOW),
    skipLeading: false,
  });
  // The description keeps at least its first cell; the tail is the columns that survived the cut.
  for (let count = Math.min(tail.length, list.length - 1); count >= 1; count--) {
    const cells = list.slice(list.length - count);
    const texts = cells.map((cell) => text.slice(cell.start, cell.end));
    if (!texts.every((t, j) => fitsColumn(tail[j]!, t))) continue;
    const values: ColumnValues = {};
    texts.forEach((t, j) => (values[tail[j]!] = t));
    return { count, descEnd: list[list.length - count - 1]!.end, values };
  }
  return { count: 0, descEnd: Math.max(from, end), values: {} };
}
