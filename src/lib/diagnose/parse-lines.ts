// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Physical lines and the small text helpers every format reader shares.

// Matches one line break, e.g. "\r\n" (Windows), "\n" or a lone "\r"
const RE_LINE_BREAK = /\r\n|\r|\n/;
// Matches a markdown quote prefix with its indentation, e.g. "  > " or "> > "
const RE_QUOTE_PREFIX = /^[ \t]*>[ >]*/;
// Matches the first non-whitespace character, e.g. "S" in "   Starting"
const RE_NON_SPACE = /\S/g;
// Matches the first ASCII letter or digit, e.g. "N" in "*  Native"
const RE_ALNUM = /[0-9A-Za-z]/g;

/** Splits text into physical lines; CRLF, LF and lone CR all end a line. */
export function splitLines(text: string): string[] {
  return text.split(RE_LINE_BREAK);
}

/** How many physical lines splitLines would return, without building them (native indexOf scans). */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  // A CR ends a line unless it is the first half of CRLF (counted above).
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1))
    if (text[i + 1] !== '\n') lines++;
  return lines;
}

/** Removes a leading markdown quote ("> ") that people add when pasting logs into posts. */
export function stripQuote(line: string): string {
  return line.replace(RE_QUOTE_PREFIX, '');
}

/**
 * Index of the first non-whitespace character at or after `from`, or -1. test() and lastIndex
 * rather than exec(): a streamed log asks this for every line, and exec() builds a match array.
 */
export function firstNonSpace(text: string, from = 0): number {
  RE_NON_SPACE.lastIndex = from;
  return RE_NON_SPACE.test(text) ? RE_NON_SPACE.lastIndex - 1 : -1;
}

/** Whether text from `from` on has an ASCII letter or digit (a fragment worth an entry). */
export function hasAlnumFrom(text: string, from: number): boolean {
  RE_ALNUM.lastIndex = from;
  return RE_ALNUM.test(text);
}

/**
 * Index of `ch` in text between `from` and `from + limit`, or -1; bounded so repeated calls stay
 * linear. A native indexOf in a slice (a view, not a copy), not a loop: the loop ran in the
 * interpreter for a streamed log's first thousands of records.
 */
export function indexWithin(text: string, ch: string, from: number, limit: number): number {
  const at = text.slice(from, from + limit).indexOf(ch);
  return at < 0 ? -1 : from + at;
}

/** Text without trailing characters `ch` (a loop: the regex /~+$/ is quadratic on long runs). */
export function trimTrailing(text: string, ch: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ch) end--;
  return text.slice(0, end);
}
