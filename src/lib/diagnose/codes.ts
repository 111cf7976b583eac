// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// One error code, many spellings: 0x80072EE9, 80072ee9, -2147012887 and 2147954409 are the
// same value. Everything here works on the unsigned 32-bit value.
import { BARE_HEX8, DECIMAL, TYPED_HEX, wholeToken } from './code-spellings.ts';
import { decodeHresult } from './hresult.ts';

export { findCodes } from './code-find.ts';
export { decodeHresult } from './hresult.ts';
export type { HresultParts } from './hresult.ts';

// Matches a label before the code, e.g. "result:" in "result:0x2" or "Code = " in "Code = 0x2"
const RE_LABEL = /^[A-Za-z_][A-Za-z_ ]{0,30}[:=] */;
// Matches wrapping punctuation, e.g. "(" and ")." around "(80004005)."
const RE_WRAPPING = /^[("'[{<]+|[)"'\]}>.,;]+$/g;
// Matches a 0x or &H code with an optional C "L" suffix, e.g. "0x80072EE9", "0x2", "&H80072EE9", "0x80090308L"
const RE_HEX_PREFIXED = wholeToken(TYPED_HEX);
// Matches 8 bare hex digits, e.g. "80072ee9", "80041001"
const RE_BARE_HEX8 = wholeToken(BARE_HEX8);
// Matches a C "L" suffix, e.g. "L" in "0x80090308L"
const RE_LONG_SUFFIX = /[lL]$/;
// Matches a hex letter, e.g. "e" in "80072ee9"
const RE_HEX_LETTER = /[a-f]/i;
// Matches a signed or unsigned decimal, e.g. "-2147012887", "2147954409", "12009"
const RE_DECIMAL = wholeToken(DECIMAL);

/** Longer input is a sentence, not a code (and keeps the trimming regexes cheap). */
const MAX_QUERY = 64;

/** The value of a decimal spelling, or undefined outside -2^31 … 2^32-1. */
function fromDecimal(text: string): number | undefined {
  const n = Number(text);
  return n >= -2147483648 && n <= 0xffffffff ? n >>> 0 : undefined;
}

/** Parses one token typed as a code (search box, CLI argument) to its unsigned 32-bit value. */
export function parseCode(text: string): number | undefined {
  if (text.length > MAX_QUERY) return undefined;
  const token = text.trim().replace(RE_WRAPPING, '').replace(RE_LABEL, '').trim();
  if (RE_HEX_PREFIXED.test(token))
    return parseInt(token.slice(2).replace(RE_LONG_SUFFIX, ''), 16) >>> 0;
  // "80041001" is an HRESULT written without 0x, but "12345678" is a decimal.
  if (RE_BARE_HEX8.test(token) && (RE_HEX_LETTER.test(token) || token.startsWith('8'))) {
    return parseInt(token, 16) >>> 0;
  }
  return RE_DECIMAL.test(token) ? fromDecimal(token) : undefined;
}

/** The canonical spelling: 0x and 8 upper-case hex digits (2 → 0x00000002). */
export function formatCode(value: number): string {
  return `0x${hex8(value)}`;
}

/** Eight upper-case hex digits of the unsigned value. */
function hex8(value: number): string {
  return (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** The spellings a person might type for a code, for indexing articles (0x80072EE9 … 12009). */
export function codeSpellings(value: number): string[] {
  const unsigned = value >>> 0;
  const upper = hex8(unsigned);
  const short = unsigned.toString(16).toUpperCase();
  const spellings = [
    `0x${upper}`,
    `0x${upper.toLowerCase()}`,
    upper,
    upper.toLowerCase(),
    `0x${short}`,
    `0x${short.toLowerCase()}`,
    String(unsigned | 0),
    String(unsigned),
  ];
  const { win32 } = decodeHresult(unsigned);
  if (win32 !== undefined && unsigned >= 0x80000000) spellings.push(String(win32));
  return [...new Set(spellings)];
}
