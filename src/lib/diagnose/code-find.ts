// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Finds error codes inside message text. Only whole tokens count, so thumbprints, GUIDs and
// package IDs do not yield codes by accident.
import { BARE_HRESULT, HEX_0X, NEGATIVE_DECIMAL, wholeToken } from './code-spellings.ts';
import type { CodeMention } from './types.ts';

// Matches a 0x token of 1–8 hex digits, e.g. "0x80072EE9", "0x2"
const RE_HEX_0X = wholeToken(HEX_0X);
// Matches a bare 8-hex-digit HRESULT-like token, e.g. "80041001", "c0002825"
const RE_BARE_HRESULT = wholeToken(BARE_HRESULT);
// Matches a negative decimal token, e.g. "-2147012887"
const RE_NEGATIVE_DECIMAL = wholeToken(NEGATIVE_DECIMAL);
// Matches the text just before a thread id, e.g. "<thread=" or "thread=3120 ("
const RE_THREAD_BEFORE = /thread\s*[=:]\s*(?:\d+\s*\(\s*)?$/i;
// Matches a decimal number right before " (" at the end, e.g. "3120 (" in "3120 (0x0C30)"
const RE_DECIMAL_BEFORE_PAREN = /(?:^|[^0-9A-Za-z])(\d{1,10}) ?\($/;

/** Characters that glue a token to its neighbour (GUIDs, package IDs, paths, file names). */
const JOINERS = '-_./\\';
/** More mentions than this in one message are noise, not diagnosis. */
const MAX_MENTIONS = 100;

/** Whether a UTF-16 unit (or a byte) is an ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);

/** Whether text[i] is an ASCII letter or digit (false before the start or past the end). */
const isAlnumAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && isAsciiAlnum(text.charCodeAt(i));

/** Whether a bare token is glued by '-', '_', '.', '/' or '\' to another token, as in a GUID. */
function isJoined(text: string, start: number, end: number): boolean {
  const before = JOINERS.includes(text[start - 1] ?? ' ') && isAlnumAt(text, start - 2);
  const after = JOINERS.includes(text[end] ?? ' ') && isAlnumAt(text, end + 1);
  return before || after;
}

// Matches one white space character as \s does (the regexes' \s* below)
const RE_SPACE = /\s/;
/** What both regexes below need last before the token, white space aside: "(", "=" or ":". */
const OPENS_THREAD_ID = '(=:';

/** Whether a 0x token is a thread id: "3120 (0x0C30)" with equal values, or after "thread=". */
export function isThreadMarker(text: string, start: number, value: number): boolean {
  const from = Math.max(0, start - 32);
  // Most tokens ("result 0x80004005") fail this, and the regexes need not run.
  let last = start - 1;
  while (last >= from && RE_SPACE.test(text[last]!)) last--;
  if (last < from || !OPENS_THREAD_ID.includes(text[last]!)) return false;
  const before = text.slice(from, start);
  if (RE_THREAD_BEFORE.test(before)) return true;
  const decimal = RE_DECIMAL_BEFORE_PAREN.exec(before)?.[1];
  return decimal !== undefined && Number(decimal) === value;
}

/** The value of a negative decimal like "-2147012887" when it lies in the 0x8…/0xC… HRESULT ranges. */
function negativeHresult(text: string, start: number, digits: string): number | undefined {
  if (
    text[start - 1] !== '-' ||
    isAlnumAt(text, start - 2) ||
    !RE_NEGATIVE_DECIMAL.test(`-${digits}`)
  )
    return undefined;
  const value = -Number(digits);
  if (value < -2147483648) return undefined;
  const unsigned = value >>> 0;
  const nibble = unsigned >>> 28;
  return nibble === 0x8 || nibble === 0xc ? unsigned : undefined;
}

/** The mention for one alphanumeric token, if it is a code. */
function mentionAt(text: string, token: string, start: number): CodeMention | undefined {
  const end = start + token.length;
  if (RE_HEX_0X.test(token)) {
    const value = parseInt(token.slice(2), 16) >>> 0;
    return isThreadMarker(text, start, value) ? undefined : { value, start, end };
  }
  if (RE_BARE_HRESULT.test(token) && !isJoined(text, start, end)) {
    return { value: parseInt(token, 16) >>> 0, start, end };
  }
  const negative = negativeHresult(text, start, token);
  return negative === undefined ? undefined : { value: negative, start: start - 1, end };
}

/** What most messages hold: one shared empty list instead of an allocation per log entry. */
export const NO_CODES: readonly CodeMention[] = Object.freeze([]);

// Matches a whole run of ASCII letters and digits that may be a code (see findCodes), e.g.
// "0x80072EE9", "80041001" or "2147012887" in "-2147012887": 0x and 1–8 more, eight characters, or
// one to ten after a minus sign, starting with a digit or C. The first character is matched first
// and the look-behinds come after it: the same matches as putting them first, but the engine
// tries them only where a digit or C stands (~28 % faster; a check holds it to the first form).
export const RE_CODE_TOKEN =
  /[0-9Cc](?<![0-9A-Za-z].)(?:(?<=0)[xX][0-9A-Za-z]{1,8}|[0-9A-Za-z]{7}|(?<=-.)[0-9A-Za-z]{0,9})(?![0-9A-Za-z])/g;

/**
 * Finds codes in message text: 0x + 1–8 hex digits, bare 8-hex-digit 8…/C… tokens, negative
 * HRESULT decimals. A token is a whole run of ASCII letters and digits, at most ten long, that
 * starts with a digit or C (so words, GUIDs and longer runs are never codes). This runs once per
 * log entry: one native regex finds the few runs shaped like a code (a loop over every character
 * in JavaScript ran in the interpreter for the first thousands of entries of a streamed log).
 */
export function findCodes(message: string): readonly CodeMention[] {
  let found: CodeMention[] | undefined;
  RE_CODE_TOKEN.lastIndex = 0;
  for (let match = RE_CODE_TOKEN.exec(message); match; match = RE_CODE_TOKEN.exec(message)) {
    const mention = mentionAt(message, match[0], match.index);
    if (mention) {
      (found ??= []).push(mention);
      if (found.length >= MAX_MENTIONS) break;
    }
  }
  return found ?? NO_CODES;
}
