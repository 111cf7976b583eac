// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Byte-level guesses used by decode.ts. Each looks at a bounded prefix, so cost does not grow
// with the file.

/** How many leading bytes the UTF-16 and Shift_JIS sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
/** How many leading characters the binary check looks at. */
const SNIFF_CHARS = 8 * 1024;

/** Guesses UTF-16 without a BOM from NULs that sit on one side of each byte pair. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // ASCII in UTF-16LE is "A\0B\0": NULs at odd offsets and almost none at even ones.
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.1) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Whether a byte can start a double-byte CP932 character (user-defined 0xF0–0xF9 excluded). */
function isSjisLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xef) || (b >= 0xfa && b <= 0xfc);
}

/** Whether a byte can be the second byte of a double-byte CP932 character. */
function isSjisTrail(b: number): boolean {
  return (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc);
}

/**
 * Whether the prefix reads as Japanese Windows ANSI (CP932): every high byte is either
 * half-width katakana or part of a lead/trail pair, and pairs outnumber lone katakana
 * (a Windows-1252 "Ä" alone decodes as katakana, so single bytes prove nothing).
 */
export function looksLikeShiftJis(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let pairs = 0;
  let kana = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    if (b >= 0xa1 && b <= 0xdf) {
      kana++;
      continue;
    }
    if (!isSjisLead(b)) return false;
    if (i + 1 >= n) break; // a pair cut by the sniff window says nothing either way
    if (!isSjisTrail(bytes[i + 1] ?? 0)) return false;
    pairs++;
    i++;
  }
  return pairs > 0 && pairs >= kana;
}

/** Leading bytes of common binary formats someone might drop by mistake. */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // PK.. zip, docx, xlsx
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x4d, 0x53, 0x43, 0x46], // MSCF cabinet
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (.doc, .msi)
];

/** Whether the bytes start with a known binary signature (or look like an MZ executable). */
export function hasBinaryMagic(bytes: Uint8Array): boolean {
  const starts = (sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (BINARY_MAGIC.some(starts)) return true;
  // "MZ" also starts ordinary words; an executable has NULs in its header.
  return starts([0x4d, 0x5a]) && bytes.subarray(0, 64).includes(0);
}

/** Whether a character is a control character no log text contains. */
function isControl(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

/** Whether decoded text is mostly control characters, NULs and replacement characters. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_CHARS);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > n * 0.1;
}
