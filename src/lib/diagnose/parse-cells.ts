// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Splits a pasted table row into cells. The viewers separate columns by TABs; a row that went
// through a forum or an e-mail has runs of spaces instead, or single spaces when HTML collapsed
// them (real-logs/004, 011). So there are two ways to read a row:
// - "strong": a TAB or a run of 2+ spaces ends a cell and a single space is part of it
//   ("11/19/2009 11:35:01 AM" stays one cell); each extra TAB in a run is an empty cell, as the
//   viewer writes an empty column;
// - "weak": every run of white space ends a cell; shapes decide which cells belong together.
// One loop over at most `limit` characters: the cost never depends on the line length.

/** How a row separates its columns. */
export type CellMode = 'strong' | 'weak';

/** One cell: offsets of its text (without surrounding white space) in the row. */
export interface Cell {
  start: number;
  end: number;
}

/** The cells of a row, and whether the last one was cut by the scan limit. */
export interface Cells {
  list: Cell[];
  /** The scan stopped inside a cell: the last cell may be longer than it looks. */
  truncated: boolean;
}

/** White space inside a row: space, TAB, and the no-break and ideographic spaces of web copies. */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\u3000';
}

/** How many cell breaks a run of white space makes: 0 (inside a cell), 1, or one per TAB. */
function breaksOf(mode: CellMode, tabs: number, length: number): number {
  if (mode === 'weak') return 1;
  return tabs > 0 ? tabs : length >= 2 ? 1 : 0;
}

/** Where to read cells and how many: `limit` characters from `from`, at most `maxCells` cells. */
export interface CellScan {
  from?: number;
  limit?: number;
  maxCells?: number;
  /** Ignore white space at the start (a row's head) instead of reading an empty first cell (a line that starts with a TAB). */
  skipLeading?: boolean;
}

/**
 * The cells of `text` within the scan. White space at the end makes empty cells only when it
 * holds TABs. Reaching the limit or the cell count leaves the last cell `truncated`.
 */
export function splitCells(text: string, mode: CellMode, scan: CellScan = {}): Cells {
  const { from = 0, limit = Infinity, maxCells = Infinity, skipLeading = true } = scan;
  const end = Math.min(text.length, from + limit);
  const list: Cell[] = [];
  let i = from;
  if (skipLeading) while (i < end && isBlank(text[i])) i++;
  let cellStart = i;
  let cellEnd = i;
  while (i < end && list.length < maxCells) {
    if (!isBlank(text[i])) {
      cellEnd = ++i;
      continue;
    }
    const runStart = i;
    let tabs = 0;
    while (i < end && isBlank(text[i])) if (text[i++] === '\t') tabs++;
    // A run cut by the limit may go on into a break or not: the cell is left as it is.
    if (i === end && end < text.length) break;
    const breaks = breaksOf(mode, tabs, i - runStart);
    // Spaces at the very end close the last cell without making an empty one.
    if (breaks === 0 || (i === text.length && (mode === 'weak' || tabs === 0))) continue;
    list.push({ start: cellStart, end: cellEnd });
    // Each TAB after the first closes an empty cell, which sits just before that TAB.
    for (let t = runStart, seen = 0; breaks > 1 && t < i; t++)
      if (text[t] === '\t' && seen++ > 0) list.push({ start: t, end: t });
    cellStart = cellEnd = i;
  }
  list.push({ start: cellStart, end: cellEnd });
  return { list, truncated: i < text.length };
}

/** The text of cells first…last, as written between them (single spaces kept). */
export function cellText(
  text: string,
  cells: readonly Cell[],
  first: number,
  last: number,
): string {
  const a = cells[first];
  const b = cells[last];
  return a && b ? text.slice(a.start, b.end) : '';
}
