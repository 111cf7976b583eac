// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// Decides whether a search query is an error code, reusing the diagnosis engine's parser.
import { BARE_HEX8, NEGATIVE_DECIMAL, TYPED_HEX, wholeToken } from '../diagnose/code-spellings.ts';
import { formatCode, parseCode } from '../diagnose/codes.ts';

// Matches a spelling that can only be a code, e.g. "0x80072EE9", "&H80072EE9", "80072ee9", "-2147012887"
const RE_CODE_SPELLING = wholeToken(TYPED_HEX, BARE_HEX8, NEGATIVE_DECIMAL);
// Matches an unsigned decimal, e.g. "2147954409" or "2003"
const RE_DECIMAL = /^\+?\d{1,10}$/;

/** A query that names an error code: its canonical spelling and whether only a code reads that way. */
export interface CodeQuery {
  /** Canonical spelling, e.g. 0x80072EE9. */
  code: string;
  /** False for a small decimal such as "2003", which is a code only if the catalogue knows it. */
  unmistakable: boolean;
}

/** Reads a query typed in any spelling the diagnosis engine accepts ("80072ee9" → 0x80072EE9). */
export function readCodeQuery(query: string): CodeQuery | undefined {
  const token = query.trim();
  const value = parseCode(token);
  if (value === undefined) return undefined;
  // An unsigned decimal is unmistakable only at HRESULT size (2147954409), not as a year (2003).
  const unmistakable =
    RE_CODE_SPELLING.test(token) || (RE_DECIMAL.test(token) && value >= 0x80000000);
  return { code: formatCode(value), unmistakable };
}
