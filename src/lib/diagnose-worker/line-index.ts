// SHIPS TO THE BROWSER (worker). The text's physical lines, found once per diagnosis: they give the
// lines quoted as evidence and the line counts shown for a paste and for each file. A line ends at
// CRLF, LF or a lone CR, as the parser counts them (parse-lines.ts).

const LF = 10;
const CR = 13;

export class LineIndex {
  readonly #text: string;
  /** Offset of each line's first character. */
  readonly #starts: number[] = [0];

  constructor(text: string) {
    this.#text = text;
    // Two native indexOf scans, merged in order: far faster than a regex over megabytes.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const crlf = text.charCodeAt(cr + 1) === LF;
        this.#starts.push(cr + (crlf ? 2 : 1));
        if (crlf) lf = text.indexOf('\n', cr + 2);
        cr = text.indexOf('\r', cr + 1);
      } else {
        this.#starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
  }

  /** How many physical lines the text has (an empty text has one). */
  get count(): number {
    return this.#starts.length;
  }

  /** Physical line `line` (1-based), without its line break; empty past the end. */
  line(line: number): string {
    const start = this.#starts[line - 1];
    if (start === undefined) return '';
    let end = this.#starts[line] ?? this.#text.length;
    if (end > start && this.#text.charCodeAt(end - 1) === LF) end--;
    if (end > start && this.#text.charCodeAt(end - 1) === CR) end--;
    return this.#text.slice(start, end);
  }

  /** How many physical lines text.slice(from, to) has on its own (a file within joined files). */
  linesIn(from: number, to: number): number {
    let lines = 1 + this.#startsUpTo(to) - this.#startsUpTo(from);
    // A CR that ends the slice is a line break of its own, though here it pairs with the LF after it.
    if (to > from && this.#text.charCodeAt(to - 1) === CR && this.#text.charCodeAt(to) === LF)
      lines++;
    return lines;
  }

  /** How many lines start at or before `offset`. */
  #startsUpTo(offset: number): number {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#starts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
