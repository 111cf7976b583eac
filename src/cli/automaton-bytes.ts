// NODE ONLY. The engine's compiled automaton as the bytes of one cache file, so that a start-up
// reads its tables as they are (typed arrays over the file's buffer) instead of parsing them:
// a header of five 32-bit counts, the character classes of all 65,536 UTF-16 code units, the
// transitions, the output lists, then the patterns as UTF-8 JSON. Little-endian, as every
// platform Node runs on.
import type { Automaton } from '../lib/diagnose/aho-corasick.ts';

const UNITS = 65536;
const HEADER_WORDS = 5;
/** Written first: a file of another layout is refused rather than misread. */
const MAGIC = 0x6f6f6231; // "oob1"

/** The automaton's bytes. */
export function automatonToBytes(a: Automaton): Uint8Array {
  const patterns = Buffer.from(JSON.stringify(a.patterns), 'utf8');
  const words = HEADER_WORDS + UNITS / 2 + a.delta.length + a.outStart.length + a.outIds.length;
  const bytes = new Uint8Array(words * 4 + patterns.length);
  const header = new Int32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, a.classCount, a.delta.length, a.outStart.length, a.outIds.length]);
  let at = HEADER_WORDS * 4;
  for (const array of [a.classOf, a.delta, a.outStart, a.outIds]) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  bytes.set(patterns, at);
  return bytes;
}

/** The automaton in `bytes` (views over them, copied first when not 4-byte aligned); undefined when they are not one. */
export function automatonFromBytes(file: Uint8Array): Automaton | undefined {
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) return undefined;
  const [magic, classCount = 0, deltaLength = 0, outStartLength = 0, outIdsLength = 0] =
    new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const tables = (deltaLength + outStartLength + outIdsLength) * 4;
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  if (magic !== MAGIC || bytes.byteLength < HEADER_WORDS * 4 + UNITS * 2 + tables) return undefined;
  /** The offset of the next `length` items of `size` bytes. */
  const take = (length: number, size: number): number => {
    const start = at;
    at += length * size;
    return start;
  };
  const classOf = new Uint16Array(bytes.buffer, take(UNITS, 2), UNITS);
  const delta = new Int32Array(bytes.buffer, take(deltaLength, 4), deltaLength);
  const outStart = new Int32Array(bytes.buffer, take(outStartLength, 4), outStartLength);
  const outIds = new Int32Array(bytes.buffer, take(outIdsLength, 4), outIdsLength);
  const patterns = JSON.parse(
    Buffer.from(bytes.buffer, at, bytes.byteOffset + bytes.byteLength - at).toString('utf8'),
  ) as string[];
  return { classOf, classCount, delta, outStart, outIds, patterns };
}
