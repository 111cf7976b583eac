// NODE ONLY (pure, but only the CLI needs it). Text for a terminal: display widths (a Japanese
// character takes two columns) and word wrapping that breaks at spaces, and between Japanese
// characters except before closing or after opening punctuation.

/** Code points that a terminal draws two columns wide: CJK, kana, Hangul, full-width forms. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

/** Columns one code point takes. */
export function charWidth(codePoint: number): 1 | 2 {
  for (const [from, to] of WIDE_RANGES) if (codePoint >= from && codePoint <= to) return 2;
  return 1;
}

/** Columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** Never at the start of a line (Japanese line-breaking rules, and ASCII closers). */
const NO_BREAK_BEFORE = new Set(
  '、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ),.;:!?]}%',
);
/** Never at the end of a line. */
const NO_BREAK_AFTER = new Set('（「『【〔〈《([{');

/** Marks the start and end of a span that wrap() never breaks, e.g. a command to copy. */
const KEEP_START = '\uE000';
const KEEP_END = '\uE001';

/** Text that wrap() keeps on one line (spaces included), such as "oobkb show slug --lang ja". */
export const unbroken = (text: string): string => `${KEEP_START}${text}${KEEP_END}`;

/** The text without the marks of unbroken(). */
export const withoutMarks = (text: string): string =>
  text.replaceAll(KEEP_START, '').replaceAll(KEEP_END, '');

/** A piece that is never split: a word, or one wide character with the punctuation that clings to it. */
interface Unit {
  text: string;
  width: number;
  /** White space stood before it (printed as one space unless it starts a line). */
  spaced: boolean;
}

// Matches one white space character, e.g. " ", "\t", "\u3000"
const RE_SPACE = /\s/;

/** Cuts text into units: words split at spaces, and wide characters one by one. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let spaced = false;
  let kept = false;
  for (const char of text) {
    if (char === KEEP_START || char === KEEP_END) {
      if (char === KEEP_START && !kept) out.push({ text: '', width: 0, spaced });
      kept = char === KEEP_START;
      spaced = false;
      continue;
    }
    if (kept) {
      const unit = out.at(-1)!;
      unit.text += char;
      unit.width += charWidth(char.codePointAt(0)!);
      continue;
    }
    if (RE_SPACE.test(char)) {
      spaced = out.length > 0;
      continue;
    }
    const width = charWidth(char.codePointAt(0)!);
    const last = out.at(-1);
    const lastChar = last ? ([...last.text].at(-1) ?? '') : '';
    const narrowAfterNarrow =
      width === 1 && lastChar !== '' && charWidth(lastChar.codePointAt(0)!) === 1;
    const clings =
      last &&
      !spaced &&
      (NO_BREAK_BEFORE.has(char) || NO_BREAK_AFTER.has(lastChar) || narrowAfterNarrow);
    if (last && clings) {
      last.text += char;
      last.width += width;
    } else out.push({ text: char, width, spaced });
    spaced = false;
  }
  return out;
}

/**
 * Wraps a paragraph to `width` columns: the first line starts with `first`, the others with
 * `rest` (a hanging indent for list items). A word wider than the line stands alone, unbroken.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  let empty = true;
  for (const unit of units(text)) {
    const gap = !empty && unit.spaced ? 1 : 0;
    if (!empty && used + gap + unit.width > width) {
      lines.push(line);
      line = rest;
      used = displayWidth(rest);
      empty = true;
    }
    const space = !empty && unit.spaced ? ' ' : '';
    line += space + unit.text;
    used += space.length + unit.width;
    empty = false;
  }
  if (!empty || !lines.length) lines.push(line);
  return lines;
}
