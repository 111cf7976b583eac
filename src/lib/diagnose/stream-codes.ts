// SHIPS TO THE BROWSER. Reads an error code written in hex straight from a log's bytes, where the
// stream found "0x", by the rules code-find.ts applies to a message: a whole token of 0x and 1–8
// hex digits, not a thread id ("3120 (0x0C30)", "thread=…"). WebAssembly reads most of them by
// the same rules (byte-scan-wasm.ts's hexHit, checked against this): this reads those it leaves,
// the ones near "thread", and all of them where WebAssembly is missing.
import { isAsciiAlnum, isThreadMarker } from './code-find.ts';

/** code-find.ts reads this much text before a token to recognise a thread id. */
const THREAD_CONTEXT_BYTES = 32;
const MAX_TOKEN_BYTES = 10;

const isDigit = (b: number) => b >= 48 && b <= 57;
const isHexLetter = (b: number) => (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
const isAlnum = (b: number | undefined) => b !== undefined && isAsciiAlnum(b);

/** The decimal written just before "(" (one space allowed), as in "3120 (0x0C30)"; undefined if none. */
function decimalBeforeParen(data: Uint8Array, paren: number, floor: number): number | undefined {
  let i = paren;
  if (i > floor && data[i - 1] === 32) i--;
  let value = 0;
  let scale = 1;
  let digits = 0;
  while (i > floor && isDigit(data[i - 1]!) && digits < 10) {
    value += (data[i - 1]! - 48) * scale;
    scale *= 10;
    digits++;
    i--;
  }
  return digits > 0 && !isAlnum(i > floor ? data[i - 1] : undefined) ? value : undefined;
}

/** The start of the text before a token that code-find.ts reads: 32 bytes, not past a line break. */
function contextStart(data: Uint8Array, at: number, floor: number): number {
  const limit = Math.max(floor, at - THREAD_CONTEXT_BYTES);
  let i = at;
  while (i > limit && data[i - 1] !== 10 && data[i - 1] !== 13) i--;
  return i;
}

// "thread", the word RE_THREAD_BEFORE of code-find.ts needs before "=" or ":"
const THREAD = [116, 104, 114, 101, 97, 100];

/** Whether the text before a token might name a thread ("thread" in any case; code-find.ts's own test then decides). */
function mightNameThread(data: Uint8Array, from: number, at: number): boolean {
  for (let i = from; i + THREAD.length <= at; i++) {
    let j = 0;
    while (j < THREAD.length && (data[i + j]! | 32) === THREAD[j]) j++;
    if (j === THREAD.length) return true;
  }
  return false;
}

/** The code that the "0x" at data[at] starts, or undefined; nothing before `floor` is read. */
export function hexCodeAt(data: Uint8Array, at: number, floor: number): number | undefined {
  if (at > floor && isAlnum(data[at - 1])) return undefined;
  let end = at + 2;
  let value = 0;
  while (end < data.length && end - at <= MAX_TOKEN_BYTES && isAlnum(data[end])) {
    const b = data[end]!;
    if (!isDigit(b) && !isHexLetter(b)) return undefined;
    value = value * 16 + (isDigit(b) ? b - 48 : (b | 32) - 87);
    end++;
  }
  const digits = end - at - 2;
  if (digits < 1 || digits > 8 || isAlnum(data[end])) return undefined;
  // The common thread id, "3120 (0x0C30)", without decoding anything.
  if (at > floor && data[at - 1] === 40 && decimalBeforeParen(data, at - 1, floor) === value)
    return undefined;
  const from = contextStart(data, at, floor);
  if (mightNameThread(data, from, at)) {
    // apply, not a spread: no iterator over the bytes (this runs rarely, so unoptimised).
    const before = String.fromCharCode.apply(null, data.subarray(from, at) as unknown as number[]);
    if (isThreadMarker(`${before}0x`, before.length, value)) return undefined;
  }
  return value >>> 0;
}
