// SHIPS TO THE BROWSER. The fingerprints that let the WebAssembly scan skip text no pattern can
// start in (byte-scan-wasm.ts's sparseScan). Each pattern gets up to three bytes of its first word
// (its rarest three, no further in than MAX_LOOKBACK bytes); the fingerprints go into at most
// eight buckets, and a bucket's bytes into nibble tables, as in the Teddy algorithm: for a
// position p, each of the bytes at p, p+1, p+2 looks up a bit per bucket by its low and by its
// high nibble, sixteen positions at once (i8x16.swizzle), and a bucket whose bits survive all six
// look-ups may start a match `lookback` bytes before p. The tables let through more than the
// fingerprints (nibbles of different bytes mix), never less: the automaton then reads from there.
//
// Why the first word: within it each pattern byte stands for one text byte, any byte of its class
// in the automaton (both cases of an ASCII letter, other bytes exactly), so the match starts
// exactly `offset` bytes before its fingerprint; after a space, a run of white space of any length
// may stand for it. The byte sets are the automaton's classes, so the prefilter reads bytes as
// the automaton does.
import { SPACE } from './aho-corasick.ts';

/** How far into its pattern a fingerprint may start (the scan reads back this many bytes at most). */
const MAX_LOOKBACK = 15;
/** Bytes per fingerprint: one per pair of nibble tables. */
export const FINGERPRINT_BYTES = 3;
/** Buckets: the bits of a byte. */
const BUCKETS = 8;
/**
 * Beyond this many patterns the prefilter is not used: the buckets fill up with bytes, most
 * positions pass, and the plain four-lane scan is faster (a synthetic set of 100 patterns of log
 * words passed one position in a few).
 */
const MAX_PREFILTER_PATTERNS = 64;
/** The expected share of positions passing the tables (bytes taken as uniform) beyond which it is not used. */
const MAX_PASSING = 1 / 64;

/**
 * The printable ASCII bytes of ConfigMgr logs, most frequent first (letters folded): from the
 * public log excerpts the knowledge base's checks hold, with the digits moved up, as the time
 * stamps of every line carry them. A fingerprint takes the bytes that come last here, or that
 * are not here at all (non-ASCII bytes: Japanese text).
 */
const COMMON_BYTES = ' 0e1t2o3i4a5s6r7n8c9mldp-g:h.f"u=b/#<>vxy()w,_k$\\*q];[+j~\'!z';

/** How common a byte is in logs: higher is more common. */
function commonness(byte: number): number {
  const lower = byte >= 65 && byte <= 90 ? byte | 32 : byte;
  const rank = COMMON_BYTES.indexOf(String.fromCharCode(lower));
  return byte < 128 && rank >= 0 ? COMMON_BYTES.length - rank : 0;
}

/** The bytes of each class (an automaton's classOf, inverted): what a pattern byte stands for in the text. */
function bytesByClass(classOf: Uint16Array): number[][] {
  const bytes: number[][] = [];
  for (let byte = 0; byte < 256; byte++) (bytes[classOf[byte]!] ??= []).push(byte);
  return bytes;
}

/** One pattern's fingerprint: the bytes at each of its positions (fewer than three: any byte after), and its offset. */
interface Fingerprint {
  bytes: number[][];
  offset: number;
}

/** The rarest run of up to three bytes in the first word of a pattern's UTF-8 bytes, read by `classOf`. */
function fingerprintOf(
  pattern: Uint8Array,
  classOf: Uint16Array,
  byClass: readonly number[][],
): Fingerprint {
  let word = 0;
  while (word < pattern.length && classOf[pattern[word]!] !== SPACE) word++;
  const length = Math.min(FINGERPRINT_BYTES, word);
  let best = 0;
  let bestScore = Infinity;
  for (let offset = 0; offset + length <= word && offset <= MAX_LOOKBACK; offset++) {
    let score = 0;
    for (let i = 0; i < length; i++) score += commonness(pattern[offset + i]!);
    if (score < bestScore) [best, bestScore] = [offset, score];
  }
  const bytes: number[][] = [];
  for (let i = 0; i < length; i++) bytes.push(byClass[classOf[pattern[best + i]!]!]!);
  return { bytes, offset: best };
}

/**
 * A bucket: per fingerprint position, the low nibbles and the high nibbles it lets through (bit n
 * for nibble n; 0xffff: any byte), and its longest lookback. Only nibbles reach the tables, so
 * they are all a bucket needs to hold.
 */
interface Bucket {
  low: number[];
  high: number[];
  lookback: number;
}

const ANY_NIBBLE = 0xffff;

function bucketOf({ bytes, offset }: Fingerprint): Bucket {
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 0; i < FINGERPRINT_BYTES; i++) {
    const spelled = bytes[i];
    low.push(spelled ? spelled.reduce((bits, byte) => bits | (1 << (byte & 15)), 0) : ANY_NIBBLE);
    high.push(spelled ? spelled.reduce((bits, byte) => bits | (1 << (byte >> 4)), 0) : ANY_NIBBLE);
  }
  return { low, high, lookback: offset };
}

/** How many bits of a 16-bit mask are set. */
function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/**
 * The share of byte triples a bucket's nibble tables let through, bytes taken as uniform; with
 * `other`, of the two merged (without making the merged bucket: the merge loop asks often).
 */
function passing(bucket: Bucket, other: Bucket = bucket): number {
  let share = 1;
  for (let i = 0; i < FINGERPRINT_BYTES; i++) {
    const low = bitCount(bucket.low[i]! | other.low[i]!);
    share *= (low * bitCount(bucket.high[i]! | other.high[i]!)) / 256;
  }
  return share;
}

const merged = (a: Bucket, b: Bucket): Bucket => ({
  low: a.low.map((bits, i) => bits | b.low[i]!),
  high: a.high.map((bits, i) => bits | b.high[i]!),
  lookback: Math.max(a.lookback, b.lookback),
});

/** Merges buckets two at a time, each time the pair that lets the fewest more through, until BUCKETS remain. */
function fewBuckets(buckets: Bucket[]): Bucket[] {
  const out = [...buckets];
  const shares = out.map((bucket) => passing(bucket));
  while (out.length > BUCKETS) {
    let [pickI, pickJ, cost] = [0, 1, Infinity];
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const extra = passing(out[i]!, out[j]) - shares[i]! - shares[j]!;
        if (extra < cost) [pickI, pickJ, cost] = [i, j, extra];
      }
    out[pickI] = merged(out[pickI]!, out[pickJ]!);
    shares[pickI] = passing(out[pickI]!);
    out.splice(pickJ, 1);
    shares.splice(pickJ, 1);
  }
  return out;
}

/** The tables sparseScan reads: per fingerprint byte, 16 bytes by low nibble then 16 by high nibble, and the lookback of each set of buckets. */
export interface PrefilterTables {
  nibbles: Uint8Array;
  lookback: Uint8Array;
}

/**
 * The prefilter's tables for the patterns `active` names (an automaton's patterns as UTF-8 bytes,
 * and its byte classes), or undefined when they would let too much through to pay. No active
 * pattern: tables that pass nothing.
 */
export function prefilterTables(
  patterns: readonly Uint8Array[],
  classOf: Uint16Array,
  active: (id: number) => boolean,
): PrefilterTables | undefined {
  if (patterns.length > MAX_PREFILTER_PATTERNS) return undefined;
  const byClass = bytesByClass(classOf);
  const distinct = new Map<string, Bucket>();
  patterns.forEach((pattern, id) => {
    if (!active(id)) return;
    const bucket = bucketOf(fingerprintOf(pattern, classOf, byClass));
    const key = `${bucket.low.join()}/${bucket.high.join()}`;
    const known = distinct.get(key);
    if (known) known.lookback = Math.max(known.lookback, bucket.lookback);
    else distinct.set(key, bucket);
  });
  const buckets = fewBuckets([...distinct.values()]);
  if (buckets.reduce((sum, bucket) => sum + passing(bucket), 0) > MAX_PASSING) return undefined;
  const nibbles = new Uint8Array(FINGERPRINT_BYTES * 32);
  buckets.forEach((bucket, b) => {
    for (let i = 0; i < FINGERPRINT_BYTES; i++)
      for (let nibble = 0; nibble < 16; nibble++) {
        if (bucket.low[i]! & (1 << nibble)) nibbles[i * 32 + nibble]! |= 1 << b;
        if (bucket.high[i]! & (1 << nibble)) nibbles[i * 32 + 16 + nibble]! |= 1 << b;
      }
  });
  const lookback = new Uint8Array(256);
  for (let bits = 1; bits < 256; bits++)
    for (let b = 0; b < buckets.length; b++)
      if (bits & (1 << b)) lookback[bits] = Math.max(lookback[bits]!, buckets[b]!.lookback);
  return { nibbles, lookback };
}
