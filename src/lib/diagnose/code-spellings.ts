// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The one definition of how an error code is spelled. The engine (finding codes in log text,
// reading a typed code), the search (is a query a code?) and the log grammar (highlighting codes
// in ```cmlog fences) all build their patterns from these sources, so a spelling the engine
// accepts is one the grammar colours (a check tokenizes every spelling). The sources use only
// syntax that JavaScript and Oniguruma (Shiki's TextMate engine) read alike.

/** 0x and 1–8 hex digits: "0x80072EE9", "0x2". */
export const HEX_0X = '0[xX][0-9A-Fa-f]{1,8}';
/** Eight hex digits starting with 8 or C, as logs write HRESULTs without 0x: "80072ee9", "C0002825". */
export const BARE_HRESULT = '[8Cc][0-9A-Fa-f]{7}';
/** An HRESULT written as a signed decimal: "-2147012887" (the engine then checks its range). */
export const NEGATIVE_DECIMAL = '-\\d{9,10}';
/** Visual Basic's hex prefix and C's long suffix, accepted when a person types a code: "&H80072EE9", "0x80090308L". */
export const TYPED_HEX = '(?:0[xX]|&[hH])[0-9A-Fa-f]{1,8}[lL]?';
/** Eight hex digits of any kind, accepted when typed alone: "80072ee9", "00000002". */
export const BARE_HEX8 = '[0-9A-Fa-f]{8}';
/** A decimal, signed or not, accepted when typed alone: "2147954409", "-2147012887", "12009". */
export const DECIMAL = '[-+]?\\d{1,10}';

/** Letters and digits around a code end it: "0x2" inside "0x2F" or a GUID is no code. */
const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';

/** A code inside text (a log line, a quoted line in an article). */
export const CODE_IN_TEXT = `${NOT_ALNUM_BEFORE}(?:${HEX_0X}|${BARE_HRESULT}|${NEGATIVE_DECIMAL})${NOT_ALNUM_AFTER}`;

/** A whole token matching one of the sources. */
export const wholeToken = (...sources: string[]): RegExp =>
  new RegExp(`^(?:${sources.join('|')})$`);
