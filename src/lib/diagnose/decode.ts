// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Turns the bytes of an uploaded log into text. ConfigMgr 2007 logs were written as ANSI or
// UTF-16 depending on the component, and nobody knows which in advance (log-formats.md §4).
import { hasBinaryMagic, looksBinary, looksLikeShiftJis, sniffUtf16 } from './decode-sniff.ts';

/** The encodings decodeLogBytes can report. */
export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

/** Text decoded from an uploaded file, with how it was read. */
export interface DecodedText {
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: LogEncoding;
  /** True when the bytes look like a binary file (zip, exe) rather than a log. */
  binary: boolean;
}

/** Decodes bytes with a TextDecoder; undefined when the label is unsupported or (fatal) invalid. */
function tryDecode(label: LogEncoding, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Last resort when even windows-1252 is missing (a runtime without full ICU): bytes as Latin-1. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** Reads the byte order mark, if any. */
function bomEncoding(bytes: Uint8Array): LogEncoding | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/** Picks the encoding and decodes; may throw only if TextDecoder itself misbehaves. */
function decodeOrThrow(bytes: Uint8Array): { text: string; encoding: LogEncoding } {
  // BOM first, then NUL pattern: both are lenient decodes, since the evidence is strong.
  const known = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (known) {
    const text = tryDecode(known, bytes, false);
    if (text !== undefined) return { text, encoding: known };
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  if (looksLikeShiftJis(bytes)) {
    const sjis = tryDecode('shift_jis', bytes, true);
    if (sjis !== undefined) return { text: sjis, encoding: 'shift_jis' };
  }
  const ansi = tryDecode('windows-1252', bytes, false) ?? latin1(bytes);
  return { text: ansi, encoding: 'windows-1252' };
}

/** Decodes an uploaded log file's bytes (BOM, UTF-16 sniff, UTF-8, Shift_JIS, Windows-1252); never throws. */
export function decodeLogBytes(bytes: Uint8Array): DecodedText {
  try {
    const { text, encoding } = decodeOrThrow(bytes);
    return { text, encoding, binary: hasBinaryMagic(bytes) || looksBinary(text) };
  } catch {
    return { text: '', encoding: 'windows-1252', binary: true };
  }
}

/** How a streamed file is read, decided on its first bytes (stream-diagnose.ts). */
export interface StreamEncoding {
  encoding: LogEncoding;
  /** Byte order mark bytes to skip. */
  bom: number;
  binary: boolean;
}

/**
 * The encoding of a file that is read as a stream, from a prefix: the same order of evidence as
 * decodeLogBytes (BOM, UTF-16 NUL pattern, valid UTF-8, Shift_JIS, Windows-1252), judged on the
 * prefix only. A character cut at the prefix's end does not count against UTF-8.
 */
export function sniffStreamEncoding(prefix: Uint8Array): StreamEncoding {
  const bomKnown = bomEncoding(prefix);
  const bom = bomKnown === 'utf-8' ? 3 : bomKnown ? 2 : 0;
  let encoding: LogEncoding = bomKnown ?? sniffUtf16(prefix) ?? 'windows-1252';
  if (!bomKnown && encoding === 'windows-1252') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
      encoding = 'utf-8';
    } catch {
      if (looksLikeShiftJis(prefix)) encoding = 'shift_jis';
    }
  }
  const text = tryDecode(encoding, prefix.subarray(bom), false) ?? '';
  return { encoding, bom, binary: hasBinaryMagic(prefix) || looksBinary(text) };
}
