// SHIPS TO THE BROWSER. The WebAssembly module behind byte-scanner.ts, written out instruction by
// instruction (there is no compiler in the build for five small functions). Why WebAssembly:
// a DFA scan is bound by the latency of its table look-ups, one after the other; scanning four
// parts of a chunk at once in one loop overlaps them, and only WebAssembly keeps four states in
// registers without bounds checks (in JavaScript four lanes ran no faster than one). With few
// patterns, sparseScan skips what no pattern can start in with SIMD table look-ups
// (i8x16.swizzle), which JavaScript has no way to express. A "0x" the scans find is read there
// too (hexHit): most are counted in a table and never reach JavaScript.
//
// Memory layout (shared with byte-scanner.ts):
//   CLASS_AT   256 bytes: byte → character class
//   CHAR_KIND_AT   256 bytes: byte → its value as a hex digit, else OTHER_ALNUM or NOT_ALNUM
//   LANES_AT   per lane: the address it reads from, its state row, the first iteration whose
//              hits it reports and how many iterations it reports on (i32 each)
//   OUT_AT     where the last scan stopped writing hits (i32)
//   FLOOR_AT   the address before which hexHit reads nothing (i32)
//   STAMP_AT   the scan's number (i32): a code's first occurrence is tracked within one scan
//   CODES_AT   the code table: its address, its hash shift, the slots taken, the most slots
//              that may be, and the address of the list of the slots taken (i32 each)
//   SIGNATURE_CODES_AT   the signatures' codes: their table's address and hash shift (i32 each)
//   NIBBLES_AT, LOOKBACK_AT   the prefilter's tables (byte-prefilter.ts); BUCKET_BITS_AT, the
//              bucket bits of the last block findCandidate found a candidate in (16 bytes)
//   DELTA_AT   the transition table (rows as byte offsets: see scanBody), then the code tables
//              and the buffers, placed by byte-scanner.ts.
//
// The code table holds, per slot (CODE_SLOT_BYTES, open addressing on the value): the value, its
// count (0: a free slot), the scan that inserted it and the address of its first occurrence in
// that scan; its list, the slots in the order they were taken (JavaScript reads and frees only
// those). The signatures' table holds, per slot (SIGNATURE_SLOT_BYTES): the value, then 1.

import { FINGERPRINT_BYTES } from './byte-prefilter.ts';

export const LANES = 4;
export const CLASS_AT = 0;
export const CHAR_KIND_AT = 256;
export const LANES_AT = 512;
export const LANE_BYTES = 16;
export const OUT_AT = LANES_AT + LANES * LANE_BYTES;
export const FLOOR_AT = OUT_AT + 4;
export const STAMP_AT = FLOOR_AT + 4;
export const CODES_AT = STAMP_AT + 4;
export const CODES_SHIFT_AT = CODES_AT + 4;
export const CODES_TAKEN_AT = CODES_SHIFT_AT + 4;
export const CODES_LIMIT_AT = CODES_TAKEN_AT + 4;
export const CODES_LIST_AT = CODES_LIMIT_AT + 4;
export const SIGNATURE_CODES_AT = CODES_LIST_AT + 4;
export const SIGNATURE_CODES_SHIFT_AT = SIGNATURE_CODES_AT + 4;
/** The prefilter's nibble tables (byte-prefilter.ts), 16-byte aligned for v128 loads. */
export const NIBBLES_AT = (SIGNATURE_CODES_SHIFT_AT + 4 + 15) & ~15;
/** Where findCandidate keeps a block's bucket bits, to read one position's. */
export const BUCKET_BITS_AT = NIBBLES_AT + FINGERPRINT_BYTES * 32;
/** The prefilter's lookback by set of buckets (256 bytes). */
export const LOOKBACK_AT = BUCKET_BITS_AT + 16;
/** Where the transition table starts (its rows are byte offsets from here). */
export const DELTA_AT = LOOKBACK_AT + 256;
export const CODE_SLOT_BYTES = 16;
export const SIGNATURE_SLOT_BYTES = 8;
/** The multiplier of both tables' hash: slot = (value × HASH_FACTOR) >>> shift. */
export const HASH_FACTOR = 0x9e3779b1;
/**
 * Added to the row of an accepting state whose only pattern is "0x" (in the transition table the
 * scanner gives WebAssembly): such a hit is read by hexHit.
 */
export const HEX_FLAG = 1 << 30;
/** Bytes per hit record: the iteration, what it reports (see hexHit), the lane. */
export const HIT_BYTES = 12;
/** A letter that is no hex digit, and a byte that is no letter or digit, in CHAR_KIND_AT. */
const OTHER_ALNUM = 16;
const NOT_ALNUM = 32;

/** What CHAR_KIND_AT holds for a byte. */
export function charKind(byte: number): number {
  const digit = byte - 48;
  const letter = (byte | 32) - 97;
  if (digit >= 0 && digit < 10) return digit;
  if (letter >= 0 && letter < 6) return letter + 10;
  return letter >= 0 && letter < 26 ? OTHER_ALNUM : NOT_ALNUM;
}

/** What hexHit returns for a "0x" that needs nothing more: no code, a thread id, or counted. */
const DROP = -(2 ** 31);

const I32 = 0x7f;
const I64 = 0x7e;
const V128 = 0x7b;
const VOID_BLOCK = 0x40;
const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  call: 0x10,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i32Load8u: 0x2d,
  i32Load16u: 0x2f,
  i32Store: 0x36,
  i32Const: 0x41,
  i64Const: 0x42,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtS: 0x48,
  i32LtU: 0x49,
  i32GtS: 0x4a,
  i32GtU: 0x4b,
  i32LeU: 0x4d,
  i32GeU: 0x4f,
  i64Eq: 0x51,
  i32Ctz: 0x68,
  i32Popcnt: 0x69,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32Shl: 0x74,
  i32ShrU: 0x76,
  i64Add: 0x7c,
  i64Mul: 0x7e,
  i64ExtendI32U: 0xad,
  simd: 0xfd,
} as const;
const simd = {
  v128Load: 0x00,
  v128Store: 0x0b,
  i8x16Swizzle: 0x0e,
  i8x16Splat: 0x0f,
  i8x16Eq: 0x23,
  i8x16Ne: 0x24,
  v128Not: 0x4d,
  v128And: 0x4e,
  v128Or: 0x50,
  v128AnyTrue: 0x53,
  i8x16Bitmask: 0x64,
  i8x16ShrU: 0x6d,
} as const;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};

const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

const get = (local: number) => [op.localGet, local];
const set = (local: number) => [op.localSet, local];
const tee = (local: number) => [op.localTee, local];
const i32 = (n: number) => [op.i32Const, ...sleb(n)];
const i64 = (n: number) => [op.i64Const, ...sleb(n)];
/** The i32 at a fixed address. */
const word = (address: number) => [...i32(address), op.i32Load, 2, 0];
/** A memory access's alignment (log2) and offset. */
const mem = (align: number, offset = 0) => [align, ...uleb(offset)];

/** scan's and sparseScan's locals: parameters, then the iteration, the next row, the report, then rows and bases by lane. */
const [K0, ITERATIONS, OUT, OUT_END, K, NEXT, REPORT] = [0, 1, 2, 3, 4, 5, 6];
const row = (j: number) => 7 + j;
const base = (j: number) => 7 + LANES + j;
/** The lane fields' addresses: 0 base, 4 row, 8 first iteration reported, 12 iterations reported. */
const lane = (j: number, field: number) => LANES_AT + j * LANE_BYTES + field;
/** scan's locals after its parameters (one group of i32): k, next, report, rows, bases. */
const SCAN_LOCALS = 3 + 2 * LANES;

/**
 * Lane j's move at iteration k: reads the byte at base_j + k and moves its state; on entering an
 * accepting state (a negative entry, ~row) at an iteration it reports on, it writes (k, row, j)
 * at out, or for a "0x" state (HEX_FLAG) (k, what hexHit says, j) unless that is DROP. Rows are
 * byte offsets into the transition table, which starts at DELTA_AT (the table the scanner gives
 * WebAssembly: see byte-scanner.ts), so a move costs one add and one load. Once `out` reaches
 * outEnd (room for a record per lane is left after it) this iteration is the last.
 */
function laneStep(j: number): number[] {
  const code: number[] = [];
  // next = delta[row_j + 4 × class[byte[base_j + k]]]
  code.push(...get(row(j)), ...get(base(j)), ...get(K), op.i32Add, op.i32Load8u, ...mem(0));
  code.push(op.i32Load8u, ...mem(0, CLASS_AT), ...i32(2), op.i32Shl, op.i32Add);
  code.push(op.i32Load, ...mem(2, DELTA_AT), ...tee(NEXT), ...i32(0), op.i32LtS);
  code.push(op.if, VOID_BLOCK);
  // The row without its flag; the report is the row, unless flagged.
  code.push(...get(NEXT), ...i32(-1), op.i32Xor, ...tee(REPORT));
  code.push(...i32(HEX_FLAG - 1), op.i32And, ...set(row(j)));
  // Only the lane's own part: (k − first) < count, unsigned.
  code.push(...get(K), ...word(lane(j, 8)), op.i32Sub, ...word(lane(j, 12)), op.i32LtU);
  code.push(op.if, VOID_BLOCK);
  code.push(...get(REPORT), ...get(row(j)), op.i32Ne, op.if, VOID_BLOCK);
  code.push(...get(base(j)), ...get(K), op.i32Add, ...i32(1), op.i32Sub, ...get(row(j)));
  code.push(op.call, HEX_HIT_FN, ...set(REPORT), op.end);
  code.push(...get(REPORT), ...i32(DROP), op.i32Ne, op.if, VOID_BLOCK);
  code.push(...get(OUT), ...get(K), op.i32Store, ...mem(2, 0));
  code.push(...get(OUT), ...get(REPORT), op.i32Store, ...mem(2, 4));
  code.push(...get(OUT), ...i32(j), op.i32Store, ...mem(2, 8));
  code.push(...get(OUT), ...i32(HIT_BYTES), op.i32Add, ...tee(OUT));
  // Full: this iteration is the last (the loop's one test per iteration stays that of k).
  code.push(...get(OUT_END), op.i32GeU, op.if, VOID_BLOCK);
  code.push(...get(K), ...i32(1), op.i32Add, ...set(ITERATIONS), op.end);
  code.push(op.end, op.end);
  code.push(op.else, ...get(NEXT), ...set(row(j)), op.end);
  return code;
}

/** Stores the lanes' rows and where `out` got to, and returns k (the end of scan and sparseScan). */
function scanEnd(lanes: number): number[] {
  const code: number[] = [];
  for (let j = 0; j < lanes; j++)
    code.push(...i32(lane(j, 4)), ...get(row(j)), op.i32Store, ...mem(2));
  code.push(...i32(OUT_AT), ...get(OUT), op.i32Store, ...mem(2), ...get(K), op.end);
  return code;
}

/**
 * scan(k0, iterations, out, outEnd) → the iteration it stopped at. Every lane moves once per
 * iteration (laneStep), from k0 until `iterations`, or until `out` is full; the caller drains the
 * hits and calls again from the returned k (bases and rows are kept in memory).
 */
function scanBody(): number[] {
  const code: number[] = [...get(K0), ...set(K)];
  for (let j = 0; j < LANES; j++) code.push(...word(lane(j, 0)), ...set(base(j)));
  for (let j = 0; j < LANES; j++) code.push(...word(lane(j, 4)), ...set(row(j)));
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(K), ...get(ITERATIONS), op.i32GeU, op.brIf, 1);
  for (let j = 0; j < LANES; j++) code.push(...laneStep(j));
  code.push(...get(K), ...i32(1), op.i32Add, ...set(K), op.br, 0, op.end, op.end);
  return [1, SCAN_LOCALS, I32, ...code, ...scanEnd(LANES)];
}

/** v128 opcodes, after the SIMD prefix. */
const v128 = (opcode: number) => [op.simd, ...uleb(opcode)];

/** sparseScan's locals after scan's: i32 ones, then v128 ones. */
const [CANDIDATE, AFTER, FROM, LIMIT, P, BLOCK, BLOCK_BITS, BITS, LOOKBACK] = Array.from(
  { length: 9 },
  (_, i) => 4 + SCAN_LOCALS + i,
) as [number, number, number, number, number, number, number, number, number];
const NIBBLE_MASK = LOOKBACK + 1;
const table = (i: number) => NIBBLE_MASK + 1 + i;
const M = table(2 * FINGERPRINT_BYTES);

/**
 * sparseScan(k0, iterations, out, outEnd) → the iteration it stopped at, as scan, with lane 0
 * only and the prefilter: while the state is the start state (no match under way) and past the
 * last candidate, it finds the next position where a fingerprint may be (findCandidate) and goes
 * on from its lookback before it (a match starts there at the earliest). From a start state,
 * skipping loses nothing: every match starting later holds its fingerprint later.
 */
function sparseScanBody(): number[] {
  const code: number[] = [...get(K0), ...set(K), ...get(K0), ...i32(1), op.i32Sub, ...set(AFTER)];
  code.push(...word(lane(0, 0)), ...set(base(0)), ...word(lane(0, 4)), ...set(row(0)));
  code.push(...i32(15), ...v128(simd.i8x16Splat), ...set(NIBBLE_MASK));
  for (let i = 0; i < 2 * FINGERPRINT_BYTES; i++)
    code.push(...i32(0), ...v128(simd.v128Load), ...mem(4, NIBBLES_AT + 16 * i), ...set(table(i)));
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(K), ...get(ITERATIONS), op.i32GeU, op.brIf, 1);
  // At the start state and past the candidate's bytes: on to the next candidate's lookback.
  code.push(...get(row(0)), op.i32Eqz, ...get(K), ...get(AFTER), op.i32GtS, op.i32And);
  code.push(op.if, VOID_BLOCK);
  code.push(...get(base(0)), ...get(K), op.i32Add, ...set(FROM));
  code.push(...get(base(0)), ...get(ITERATIONS), op.i32Add, ...set(LIMIT));
  code.push(...findCandidate());
  code.push(...get(CANDIDATE), ...get(base(0)), op.i32Sub, ...tee(CANDIDATE));
  code.push(...i32(FINGERPRINT_BYTES - 1), op.i32Add, ...set(AFTER));
  code.push(...get(CANDIDATE), ...get(LOOKBACK), op.i32Sub, ...set(CANDIDATE));
  code.push(...get(CANDIDATE), ...get(K), ...get(CANDIDATE), ...get(K), op.i32GtS, op.select);
  code.push(...set(K), op.br, 1, op.end);
  code.push(...laneStep(0));
  code.push(...get(K), ...i32(1), op.i32Add, ...set(K), op.br, 0, op.end, op.end);
  const locals = [2, SCAN_LOCALS + 9, I32, 2 + 2 * FINGERPRINT_BYTES, V128];
  return [...locals, ...code, ...scanEnd(1)];
}

/**
 * Sets CANDIDATE to the first address p in [FROM, LIMIT) where the prefilter's tables let some
 * bucket through for the bytes at p, p+1, p+2 (see byte-prefilter.ts), and LOOKBACK to its
 * buckets' lookback; else LIMIT (lookback 0). Sixteen positions at a time, reading up to 18
 * bytes past LIMIT (a candidate found past it may be set). The block a candidate was found in is
 * kept (BLOCK, its candidates in BLOCK_BITS, its bucket bits at BUCKET_BITS_AT) for the next
 * search, which mostly starts in it again.
 */
function findCandidate(): number[] {
  const load = (offset: number) => [...v128(simd.v128Load), ...mem(0, offset)];
  /** CANDIDATE and LOOKBACK from P and the lowest set bit of BITS, then out of the search. */
  const found = (depth: number) => [
    ...[...get(BITS), op.i32Ctz, ...tee(BITS), ...get(P), op.i32Add, ...set(CANDIDATE)],
    ...[...get(BITS), op.i32Load8u, ...mem(0, BUCKET_BITS_AT)],
    ...[op.i32Load8u, ...mem(0, LOOKBACK_AT), ...set(LOOKBACK), op.br, depth],
  ];
  const code: number[] = [op.block, VOID_BLOCK, ...get(FROM), ...set(P)];
  // Within the block kept (unsigned: FROM before it is far off): its candidates from FROM on,
  // else the search goes on after it.
  code.push(...get(FROM), ...get(BLOCK), op.i32Sub, ...i32(16), op.i32LtU, op.if, VOID_BLOCK);
  code.push(...get(BLOCK_BITS), ...i32(-1), ...get(FROM), ...get(BLOCK), op.i32Sub, op.i32Shl);
  code.push(op.i32And, ...tee(BITS), op.if, VOID_BLOCK, ...get(BLOCK), ...set(P), ...found(2));
  code.push(op.end, ...get(BLOCK), ...i32(16), op.i32Add, ...set(P), op.end);
  code.push(op.loop, VOID_BLOCK);
  code.push(...get(P), ...get(LIMIT), op.i32GeU, op.if, VOID_BLOCK);
  code.push(...get(LIMIT), ...set(CANDIDATE), ...i32(0), ...set(LOOKBACK), op.br, 2, op.end);
  for (let i = 0; i < FINGERPRINT_BYTES; i++) {
    // The buckets the byte at p + i lets through, by its low and its high nibble.
    code.push(...get(table(2 * i)), ...get(P), ...load(i), ...get(NIBBLE_MASK));
    code.push(...v128(simd.v128And), ...v128(simd.i8x16Swizzle));
    code.push(...get(table(2 * i + 1)), ...get(P), ...load(i), ...i32(4));
    code.push(...v128(simd.i8x16ShrU), ...v128(simd.i8x16Swizzle), ...v128(simd.v128And));
    if (i > 0) code.push(...v128(simd.v128And));
  }
  code.push(...tee(M), ...v128(simd.v128AnyTrue), op.if, VOID_BLOCK);
  code.push(...i32(0), ...get(M), ...v128(simd.v128Store), ...mem(4, BUCKET_BITS_AT));
  code.push(...get(M), ...i32(0), ...v128(simd.i8x16Splat), ...v128(simd.i8x16Ne));
  code.push(...v128(simd.i8x16Bitmask), ...tee(BLOCK_BITS), ...set(BITS));
  code.push(...get(P), ...set(BLOCK), ...found(2), op.end);
  code.push(...get(P), ...i32(16), op.i32Add, ...set(P), op.br, 0, op.end, op.end);
  return code;
}

/**
 * lineStarts(from, to) → how many positions p in [from, to) start a line: the byte before is LF,
 * or CR not followed by LF (the parser's line breaks). Sixteen positions at a time with SIMD,
 * then one at a time; reads the byte before `from`, which must exist.
 */
function lineStartsBody(): number[] {
  const [FROM, TO, P, COUNT, BEFORE] = [0, 1, 2, 3, 4];
  const splat = (byte: number) => [...i32(byte), op.simd, simd.i8x16Splat];
  const load = (offset: number) => [op.simd, ...uleb(simd.v128Load), ...mem(0, offset)];
  const eq = [op.simd, ...uleb(simd.i8x16Eq)];
  const code: number[] = [...get(FROM), ...set(P)];
  // Sixteen at a time: starts = (before == LF) | ((before == CR) & !(at == LF)).
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(TO), ...get(P), op.i32Sub, ...i32(16), op.i32LtS, op.brIf, 1);
  code.push(...get(P), ...i32(1), op.i32Sub, ...load(0), ...splat(10), ...eq);
  code.push(...get(P), ...i32(1), op.i32Sub, ...load(0), ...splat(13), ...eq);
  code.push(...get(P), ...load(0), ...splat(10), ...eq, op.simd, ...uleb(simd.v128Not));
  code.push(op.simd, ...uleb(simd.v128And), op.simd, ...uleb(simd.v128Or));
  code.push(
    op.simd,
    ...uleb(simd.i8x16Bitmask),
    op.i32Popcnt,
    ...get(COUNT),
    op.i32Add,
    ...set(COUNT),
  );
  code.push(...get(P), ...i32(16), op.i32Add, ...set(P), op.br, 0, op.end, op.end);
  // The rest, one at a time.
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(P), ...get(TO), op.i32GeU, op.brIf, 1);
  code.push(
    ...get(P),
    ...i32(1),
    op.i32Sub,
    op.i32Load8u,
    ...mem(0),
    ...tee(BEFORE),
    ...i32(10),
    op.i32Eq,
  );
  code.push(
    ...get(BEFORE),
    ...i32(13),
    op.i32Eq,
    ...get(P),
    op.i32Load8u,
    ...mem(0),
    ...i32(10),
    op.i32Ne,
    op.i32And,
  );
  code.push(op.i32Or, ...get(COUNT), op.i32Add, ...set(COUNT));
  code.push(...get(P), ...i32(1), op.i32Add, ...set(P), op.br, 0, op.end, op.end);
  code.push(...get(COUNT), op.end);
  return [1, 3, I32, ...code];
}

/**
 * lineEnd(from, to) → the address just after the first line break at p in [from, to) (LF, or CR
 * not followed by LF; the byte after p is read even at `to`), else 0. Sixteen bytes at a time
 * with SIMD, which may read up to 16 bytes past `to`.
 */
function lineEndBody(): number[] {
  const [FROM, TO, P, MASK] = [0, 1, 2, 3];
  const splat = (byte: number) => [...i32(byte), op.simd, simd.i8x16Splat];
  const load = (offset: number) => [...get(P), op.simd, ...uleb(simd.v128Load), ...mem(0, offset)];
  const eq = [op.simd, ...uleb(simd.i8x16Eq)];
  const code: number[] = [...get(FROM), ...set(P), op.block, VOID_BLOCK, op.loop, VOID_BLOCK];
  code.push(...get(P), ...get(TO), op.i32GeU, op.brIf, 1);
  // breaks = (at == LF) | ((at == CR) & !(after == LF))
  code.push(...load(0), ...splat(10), ...eq, ...load(0), ...splat(13), ...eq);
  code.push(...load(1), ...splat(10), ...eq, op.simd, ...uleb(simd.v128Not));
  code.push(op.simd, ...uleb(simd.v128And), op.simd, ...uleb(simd.v128Or));
  code.push(op.simd, ...uleb(simd.i8x16Bitmask), ...tee(MASK), op.if, VOID_BLOCK);
  // The first break: past `to` it does not count.
  code.push(...get(P), ...get(MASK), op.i32Ctz, op.i32Add, ...tee(P), ...i32(1), op.i32Add);
  code.push(...i32(0), ...get(P), ...get(TO), op.i32LtU, op.select, op.return, op.end);
  code.push(...get(P), ...i32(16), op.i32Add, ...set(P), op.br, 0, op.end, op.end);
  code.push(...i32(0), op.end);
  return [1, 2, I32, ...code];
}

/** The index of hexHit among the module's functions. */
const HEX_HIT_FN = 2;

/** Pushes whether the byte in local `c` is an ASCII letter or digit. */
const isAlnum = (c: number) => [
  ...get(c),
  op.i32Load8u,
  ...mem(0, CHAR_KIND_AT),
  ...i32(NOT_ALNUM),
  op.i32Ne,
];

/** Pushes the slot of the value in local `v` in a table whose hash shift is in local `shift`. */
const hashSlot = (v: number, shift: number) => [
  ...get(v),
  ...i32(HASH_FACTOR | 0),
  op.i32Mul,
  ...get(shift),
  op.i32ShrU,
];

/**
 * hexHit(p, row) → what the scan reports for the "0x" at p (its state row is `row`), read by the
 * rules of stream-codes.ts's hexCodeAt, reading nothing before the floor:
 * - DROP when it starts no code (glued to a letter or digit before; not 1–8 hex digits then a
 *   byte that is no letter or digit), when it is a thread id written "3120 (0x0C30)" (the decimal
 *   before "(", one space allowed, 1–10 digits, not glued), or when it is counted and JavaScript
 *   needs nothing: the code table counts it;
 * - ~slot (negative) when it is counted and JavaScript needs its line: the code's first
 *   occurrence in this scan so far (the lanes find them out of order), or a signature's code;
 * - `row` when JavaScript reads it (hexCodeAt): the 32 bytes before (within the line) hold
 *   "thread" in any case (code-find.ts's test of the text decides), or the code table is full.
 */
function hexHitBody(): number[] {
  const [P, ROW, FLOOR, N, V, C, H, Q, DIGITS, SHIFT, SLOT, AT, COUNT] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
  ];
  const [DECIMAL, SCALE] = [13, 14];
  const drop = [...i32(DROP), op.return];
  const dropIf = [op.if, VOID_BLOCK, ...drop, op.end];
  const event = [...i32(-1), ...get(SLOT), op.i32Sub, op.return];
  const code: number[] = [...word(FLOOR_AT), ...set(FLOOR)];
  // Not glued to a letter or digit before it.
  code.push(...get(P), ...get(FLOOR), op.i32GtU, op.if, VOID_BLOCK);
  code.push(...get(P), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...set(C));
  code.push(...isAlnum(C), ...dropIf, op.end);
  // The letters and digits after "0x": 1–8 hex digits, V, N of them (kinds from a table: the
  // branches of telling digits from letters cost more than the look-up).
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(P), ...get(N), op.i32Add, op.i32Load8u, ...mem(0, 2));
  code.push(op.i32Load8u, ...mem(0, CHAR_KIND_AT), ...tee(H), ...i32(NOT_ALNUM), op.i32Eq);
  code.push(op.brIf, 1, ...get(H), ...i32(OTHER_ALNUM), op.i32GeU);
  code.push(...get(N), ...i32(8), op.i32GeU, op.i32Or, ...dropIf);
  code.push(...get(V), ...i32(4), op.i32Shl, ...get(H), op.i32Or, ...set(V));
  code.push(...get(N), ...i32(1), op.i32Add, ...set(N), op.br, 0, op.end, op.end);
  code.push(...get(N), op.i32Eqz, ...dropIf);
  code.push(...threadIdAfterParen(), ...threadWordBefore());
  code.push(...countCode(), ...signatureCode(), op.end);
  return [2, 11, I32, 2, I64, ...code];

  /** DROP when "(" comes before and the decimal before it equals the value. */
  function threadIdAfterParen(): number[] {
    const out: number[] = [...get(P), ...get(FLOOR), op.i32GtU, op.if, VOID_BLOCK];
    out.push(...get(P), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...i32(40), op.i32Eq);
    out.push(op.if, VOID_BLOCK, ...get(P), ...i32(1), op.i32Sub, ...set(Q));
    // One space allowed before "(" (the byte read may be the floor's neighbour: then unused).
    out.push(...get(Q), ...get(FLOOR), op.i32GtU);
    out.push(...get(Q), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...i32(32), op.i32Eq);
    out.push(op.i32And, op.if, VOID_BLOCK, ...get(Q), ...i32(1), op.i32Sub, ...set(Q), op.end);
    // The decimal, read backwards: DECIMAL, DIGITS of them (ten at most, as an i64).
    out.push(...i64(1), ...set(SCALE));
    out.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
    out.push(...get(DIGITS), ...i32(10), op.i32GeU, op.brIf, 1);
    out.push(...get(Q), ...get(FLOOR), op.i32LeU, op.brIf, 1);
    out.push(...get(Q), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...i32(48), op.i32Sub);
    out.push(...tee(H), ...i32(10), op.i32GeU, op.brIf, 1);
    out.push(...get(DECIMAL), ...get(H), op.i64ExtendI32U, ...get(SCALE), op.i64Mul, op.i64Add);
    out.push(...set(DECIMAL), ...get(SCALE), ...i64(10), op.i64Mul, ...set(SCALE));
    out.push(...get(DIGITS), ...i32(1), op.i32Add, ...set(DIGITS));
    out.push(...get(Q), ...i32(1), op.i32Sub, ...set(Q), op.br, 0, op.end, op.end);
    // Some digits, not glued to a letter or digit, equal to the value: a thread id.
    out.push(...get(DIGITS), op.if, VOID_BLOCK);
    out.push(...get(Q), ...get(FLOOR), op.i32GtU);
    out.push(...get(Q), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...set(C));
    out.push(...isAlnum(C), op.i32And, op.i32Eqz);
    out.push(...get(DECIMAL), ...get(V), op.i64ExtendI32U, op.i64Eq, op.i32And, ...dropIf);
    out.push(op.end, op.end, op.end);
    return out;
  }

  /** `row` (JavaScript reads it) when "thread" is among the 32 bytes before, within the line. */
  function threadWordBefore(): number[] {
    // Q: the start of that text, back from p to the floor, p − 32 or a line break.
    const out: number[] = [...get(P), ...i32(32), op.i32Sub, ...set(H)];
    out.push(...get(H), ...get(FLOOR), ...get(H), ...get(FLOOR), op.i32GtU, op.select, ...set(H));
    out.push(...get(P), ...set(Q), op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
    out.push(...get(Q), ...get(H), op.i32LeU, op.brIf, 1);
    out.push(...get(Q), ...i32(1), op.i32Sub, op.i32Load8u, ...mem(0), ...tee(C));
    out.push(...i32(10), op.i32Eq, ...get(C), ...i32(13), op.i32Eq, op.i32Or, op.brIf, 1);
    out.push(...get(Q), ...i32(1), op.i32Sub, ...set(Q), op.br, 0, op.end, op.end);
    // "thre" and "ad" as little-endian words, each byte OR 32 as mightNameThread compares.
    out.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
    out.push(...get(Q), ...i32(6), op.i32Add, ...get(P), op.i32GtU, op.brIf, 1);
    out.push(...get(Q), op.i32Load, ...mem(0), ...i32(0x20202020), op.i32Or);
    out.push(...i32(0x65726874), op.i32Eq);
    out.push(...get(Q), op.i32Load16u, ...mem(0, 4), ...i32(0x2020), op.i32Or);
    out.push(...i32(0x6461), op.i32Eq, op.i32And);
    out.push(op.if, VOID_BLOCK, ...get(ROW), op.return, op.end);
    out.push(...get(Q), ...i32(1), op.i32Add, ...set(Q), op.br, 0, op.end, op.end);
    return out;
  }

  /** Counts the value in the code table (SLOT its slot); returns an event or `row` as hexHit says. */
  function countCode(): number[] {
    const out: number[] = [...word(CODES_SHIFT_AT), ...set(SHIFT), ...hashSlot(V, SHIFT)];
    out.push(...set(SLOT), op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
    out.push(...word(CODES_AT), ...get(SLOT), ...i32(CODE_SLOT_BYTES), op.i32Mul, op.i32Add);
    out.push(...tee(AT), op.i32Load, ...mem(2, 4), ...tee(COUNT), op.i32Eqz);
    // A free slot: the value's first occurrence since the table was emptied.
    out.push(op.if, VOID_BLOCK, ...word(CODES_TAKEN_AT), ...tee(H), ...word(CODES_LIMIT_AT));
    out.push(op.i32GeU, op.if, VOID_BLOCK, ...get(ROW), op.return, op.end);
    out.push(...i32(CODES_TAKEN_AT), ...get(H), ...i32(1), op.i32Add, op.i32Store, ...mem(2));
    out.push(...word(CODES_LIST_AT), ...get(H), ...i32(2), op.i32Shl, op.i32Add, ...get(SLOT));
    out.push(op.i32Store, ...mem(2));
    out.push(...get(AT), ...get(V), op.i32Store, ...mem(2, 0));
    out.push(...get(AT), ...i32(1), op.i32Store, ...mem(2, 4));
    out.push(...get(AT), ...word(STAMP_AT), op.i32Store, ...mem(2, 8));
    out.push(...get(AT), ...get(P), op.i32Store, ...mem(2, 12), ...event, op.end);
    // The value's slot: one more; an event when it comes before its first occurrence in this scan.
    out.push(...get(AT), op.i32Load, ...mem(2, 0), ...get(V), op.i32Eq, op.if, VOID_BLOCK);
    out.push(...get(AT), ...get(COUNT), ...i32(1), op.i32Add, op.i32Store, ...mem(2, 4));
    out.push(...get(AT), op.i32Load, ...mem(2, 8), ...word(STAMP_AT), op.i32Eq);
    out.push(...get(P), ...get(AT), op.i32Load, ...mem(2, 12), op.i32LtU, op.i32And);
    out.push(op.if, VOID_BLOCK, ...get(AT), ...get(P), op.i32Store, ...mem(2, 12), ...event);
    out.push(op.end, op.br, 2, op.end);
    // Another value: the next slot.
    out.push(...get(SLOT), ...i32(1), op.i32Add, ...i32(-1), ...get(SHIFT), op.i32ShrU);
    out.push(op.i32And, ...set(SLOT), op.br, 0, op.end, op.end);
    return out;
  }

  /** An event for a signature's code (its line is parsed), else DROP. */
  function signatureCode(): number[] {
    const out: number[] = [...word(SIGNATURE_CODES_SHIFT_AT), ...set(SHIFT)];
    out.push(...hashSlot(V, SHIFT), ...set(H), op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
    out.push(...word(SIGNATURE_CODES_AT), ...get(H), ...i32(SIGNATURE_SLOT_BYTES), op.i32Mul);
    out.push(op.i32Add, ...tee(AT), op.i32Load, ...mem(2, 4), op.i32Eqz, op.brIf, 1);
    out.push(...get(AT), op.i32Load, ...mem(2, 0), ...get(V), op.i32Eq);
    out.push(op.if, VOID_BLOCK, ...event, op.end);
    out.push(...get(H), ...i32(1), op.i32Add, ...i32(-1), ...get(SHIFT), op.i32ShrU);
    out.push(op.i32And, ...set(H), op.br, 0, op.end, op.end, ...drop);
    return out;
  }
}

const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
const name = (text: string) => [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
const withSize = (body: number[]) => [...uleb(body.length), ...body];

/**
 * The module's bytes: memory "memory", functions "scan", "sparseScan", "lineStarts", "lineEnd"
 * (hexHit is the scans').
 */
export function byteScanModule(): Uint8Array<ArrayBuffer> {
  const scanType = [0x60, 4, I32, I32, I32, I32, 1, I32];
  const pairType = [0x60, 2, I32, I32, 1, I32];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [2, ...scanType, ...pairType]),
    ...section(3, [5, 0, 1, 1, 1, 0]),
    ...section(5, [1, 0x00, 1]), // one memory, at least one page, grown by byte-scanner.ts
    ...section(7, [
      5,
      ...name('scan'),
      0x00,
      0,
      ...name('lineStarts'),
      0x00,
      1,
      ...name('lineEnd'),
      0x00,
      3,
      ...name('sparseScan'),
      0x00,
      4,
      ...name('memory'),
      0x02,
      0,
    ]),
    ...section(10, [
      5,
      ...withSize(scanBody()),
      ...withSize(lineStartsBody()),
      ...withSize(hexHitBody()),
      ...withSize(lineEndBody()),
      ...withSize(sparseScanBody()),
    ]),
  ]);
}
