// Build time: the extra words a page is indexed under, so that Pagefind alone finds it.
// Pagefind splits words on punctuation and matches a query word only as the prefix of an indexed
// word, so "80072ee9" and "-2147012887" would never find a page that writes "0x80072EE9".
import { codeSpellings, parseCode } from '../diagnose/codes.ts';
import { joinIdentifiers } from './identifiers.ts';

// Matches the sign of a signed decimal, e.g. "-" in "-2147012887"
const RE_SIGN = /^-/;

/** Every spelling of the codes, space-separated, e.g. "0x80072ee9 80072ee9 2147012887 2147954409 12009". */
export function codeIndexTerms(codes: readonly string[]): string {
  const words = codes.flatMap((code) => {
    const value = parseCode(code);
    if (value === undefined) throw new Error(`not an error code: ${code}`);
    // Pagefind lower-cases words and drops the sign of "-2147012887"; do the same to dedupe.
    return codeSpellings(value).map((s) => s.toLowerCase().replace(RE_SIGN, ''));
  });
  return [...new Set(words)].join(' ');
}

/** The joined form of identifiers, lower-case and space-separated, e.g. "amtredirectionservice efail" (see identifiers.ts). */
export function identifierIndexTerms(names: readonly string[]): string {
  return [...new Set(names.map((name) => joinIdentifiers(name).toLowerCase()))].join(' ');
}
