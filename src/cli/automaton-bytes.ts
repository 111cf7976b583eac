// NODE ONLY. A compiled automaton as the bytes of one cache file, so that a start-up reads its
// tables as they are (typed arrays over the file's buffer) instead of parsing or building them:
// a header of seven 32-bit words, the character classes (65,536 UTF-16 code units for the text
// automaton, 256 bytes for the stream's byte automaton), the transitions, the output lists, then
// the patterns as UTF-8 JSON. Little-endian, as every platform Node runs on.
import type { Automaton } from '../lib/diagnose/aho-corasick.ts';
import type { ByteAutomaton } from '../lib/diagnose/byte-automaton.ts';

/** Magic, class count, the four tables' lengths, the longest pattern in bytes (0: not kept). */
const HEADER_WORDS = 7;
/** Written first: a file of another layout is refused rather than misread. */
const MAGIC = 0x6f6f6232; // "oob2"

/** The automaton's bytes, with a byte automaton's longest pattern (ByteAutomaton). */
export function automatonToBytes(a: Automaton & { maxPatternBytes?: number }): Uint8Array {
  const patterns = Buffer.from(JSON.stringify(a.patterns), 'utf8');
  // Two classes a word: an odd count is padded, so that the tables after it stay 4-byte aligned.
  const classWords = Math.ceil(a.classOf.length / 2);
  const words = HEADER_WORDS + classWords + a.delta.length + a.outStart.length + a.outIds.length;
  const bytes = new Uint8Array(words * 4 + patterns.length);
  const header = new Int32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    a.classCount,
    a.delta.length,
    a.outStart.length,
    a.outIds.length,
    a.classOf.length,
    a.maxPatternBytes ?? 0,
  ]);
  let at = HEADER_WORDS * 4;
  for (const array of [a.classOf, a.delta, a.outStart, a.outIds]) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array === a.classOf ? classWords * 4 : array.byteLength;
  }
  bytes.set(patterns, at);
  return bytes;
}

/**
 * The automaton in `bytes` (views over them, copied first when not 4-byte aligned), with the
 * longest pattern a byte automaton keeps; undefined when they are not one (a damaged file too:
 * a length out of range or patterns that are not JSON).
 */
export function automatonFromBytes(file: Uint8Array): ByteAutomaton | undefined {
  try {
    return readAutomaton(file);
  } catch {
    return undefined;
  }
}

function readAutomaton(file: Uint8Array): ByteAutomaton | undefined {
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) return undefined;
  const [
    magic,
    classCount = 0,
    deltaLength = 0,
    outStartLength = 0,
    outIdsLength = 0,
    classLength = 0,
    maxPatternBytes = 0,
  ] = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const classWords = Math.ceil(classLength / 2);
  const tables = (classWords + deltaLength + outStartLength + outIdsLength) * 4;
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  if (magic !== MAGIC || bytes.byteLength < HEADER_WORDS * 4 + tables) return undefined;
  /** The offset of the next `length` items of `size` bytes. */
  const take = (length: number, size: number): number => {
    const start = at;
    at += length * size;
    return start;
  };
  const classOf = new Uint16Array(bytes.buffer, take(classWords, 4), classLength);
  const delta = new Int32Array(bytes.buffer, take(deltaLength, 4), deltaLength);
  const outStart = new Int32Array(bytes.buffer, take(outStartLength, 4), outStartLength);
  const outIds = new Int32Array(bytes.buffer, take(outIdsLength, 4), outIdsLength);
  const patterns = JSON.parse(
    Buffer.from(bytes.buffer, at, bytes.byteOffset + bytes.byteLength - at).toString('utf8'),
  ) as string[];
  return { classOf, classCount, delta, outStart, outIds, patterns, maxPatternBytes };
}
