// SHIPS TO THE BROWSER. The WebAssembly module behind byte-scanner.ts, written out instruction by
// instruction (there is no compiler in the build for a few dozen instructions). Why WebAssembly:
// a DFA scan is bound by the latency of its table look-ups, one after the other; scanning four
// parts of a chunk at once in one loop overlaps them, and only WebAssembly keeps four states in
// registers without bounds checks (in JavaScript four lanes ran no faster than one).
//
// Memory layout (shared with byte-scanner.ts):
//   CLASS_AT   256 bytes: byte → character class
//   LANES_AT   per lane: the address it reads from (i32), then its state row (i32)
//   OUT_AT     where the last scan stopped writing hits (i32)
//   then the transition table and the buffers, placed by byte-scanner.ts.

export const LANES = 4;
export const CLASS_AT = 0;
export const LANES_AT = 256;
export const OUT_AT = LANES_AT + LANES * 8;
/** Where the data starts (i32): the thread-id test never reads before it. */
export const DATA_START_AT = OUT_AT + 4;
/**
 * Added to the row of an accepting state whose only pattern is "0x" (in the transition table the
 * scanner gives WebAssembly): such a hit is dropped there when it is a thread id, "3120 (0x0C30)".
 */
export const THREAD_FLAG = 1 << 30;
/** Bytes per hit record: the iteration, the state row, the lane. */
export const HIT_BYTES = 12;

const I32 = 0x7f;
const VOID_BLOCK = 0x40;
const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i32Load8u: 0x2d,
  i32Store: 0x36,
  i32Const: 0x41,
  i32Eqz: 0x45,
  return: 0x0f,
  call: 0x10,
  i32LtU: 0x49,
  i32GtU: 0x4b,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtS: 0x48,
  i32GeU: 0x4f,
  i32Popcnt: 0x69,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32Shl: 0x74,
  simd: 0xfd,
} as const;
const simd = {
  v128Load: 0x00,
  i8x16Splat: 0x0f,
  i8x16Eq: 0x23,
  v128Not: 0x4d,
  v128And: 0x4e,
  v128Or: 0x50,
  i8x16Bitmask: 0x64,
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
/** A memory access's alignment (log2) and offset. */
const mem = (align: number, offset = 0) => [align, ...uleb(offset)];

/**
 * scan(k0, iterations, delta, out, outEnd) → the iteration it stopped at. Each lane j reads the
 * byte at base_j + k, moves its state, and on entering an accepting state (a negative entry,
 * ~row) writes (k, row, j) at out. It stops early when out reaches outEnd; the caller drains the
 * hits and calls again from the returned k (bases and rows are kept in memory).
 */
function scanBody(): number[] {
  const [K0, ITERATIONS, DELTA, OUT, OUT_END, K, NEXT] = [0, 1, 2, 3, 4, 5, 6];
  const row = (j: number) => 7 + j;
  const base = (j: number) => 7 + LANES + j;
  const SKIP = 7 + 2 * LANES;
  const code: number[] = [...get(K0), ...set(K)];
  for (let j = 0; j < LANES; j++)
    code.push(...i32(LANES_AT + j * 8), op.i32Load, ...mem(2), ...set(base(j)));
  for (let j = 0; j < LANES; j++)
    code.push(...i32(LANES_AT + j * 8 + 4), op.i32Load, ...mem(2), ...set(row(j)));
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(K), ...get(ITERATIONS), op.i32GeU, op.brIf, 1);
  code.push(...get(OUT), ...get(OUT_END), op.i32GeU, op.brIf, 1);
  for (let j = 0; j < LANES; j++) {
    // next = delta[row_j + class[byte[base_j + k]]]
    code.push(...get(DELTA), ...get(row(j)));
    code.push(...get(base(j)), ...get(K), op.i32Add, op.i32Load8u, ...mem(0));
    code.push(op.i32Load8u, ...mem(0, CLASS_AT), op.i32Add, ...i32(2), op.i32Shl, op.i32Add);
    code.push(op.i32Load, ...mem(2), ...tee(NEXT), ...i32(0), op.i32LtS);
    code.push(op.if, VOID_BLOCK);
    code.push(...get(NEXT), ...i32(-1), op.i32Xor, ...set(row(j)), ...i32(0), ...set(SKIP));
    // A flagged "0x" state: unflag the row, and skip the hit when it is a thread id.
    code.push(...get(row(j)), ...i32(THREAD_FLAG), op.i32GeU, op.if, VOID_BLOCK);
    code.push(...get(row(j)), ...i32(THREAD_FLAG), op.i32Sub, ...set(row(j)));
    code.push(...get(base(j)), ...get(K), op.i32Add, ...i32(1), op.i32Add);
    code.push(op.call, THREAD_MARKER_FN, ...set(SKIP), op.end);
    code.push(...get(SKIP), op.i32Eqz, op.if, VOID_BLOCK);
    code.push(...get(OUT), ...get(K), op.i32Store, ...mem(2, 0));
    code.push(...get(OUT), ...get(row(j)), op.i32Store, ...mem(2, 4));
    code.push(...get(OUT), ...i32(j), op.i32Store, ...mem(2, 8));
    code.push(...get(OUT), ...i32(HIT_BYTES), op.i32Add, ...set(OUT));
    code.push(op.end);
    code.push(op.else, ...get(NEXT), ...set(row(j)), op.end);
  }
  code.push(...get(K), ...i32(1), op.i32Add, ...set(K), op.br, 0, op.end, op.end);
  for (let j = 0; j < LANES; j++)
    code.push(...i32(LANES_AT + j * 8 + 4), ...get(row(j)), op.i32Store, ...mem(2));
  code.push(...i32(OUT_AT), ...get(OUT), op.i32Store, ...mem(2), ...get(K), op.end);
  const locals = [1, 3 + 2 * LANES, I32]; // one group of i32 locals: k, next, rows, bases, skip
  return [...locals, ...code];
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

/** The index of threadMarker among the module's functions. */
const THREAD_MARKER_FN = 2;

/**
 * threadMarker(p) → 1 when the "0x" that ends just before p is a thread id: "(" before it, the
 * hex digits after it (at most 7) equal to the decimal before the "(" (one space allowed, at most
 * 9 digits, not glued to a letter or digit). Exactly the cases stream-codes.ts's hexCodeAt drops
 * as thread ids; anything longer or unclear is 0, left to it. Reads nothing before the data.
 */
function threadMarkerBody(): number[] {
  const [P, N, V, H, Q, D, SCALE, DIGITS, C] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const no = [op.if, VOID_BLOCK, ...i32(0), op.return, op.end];
  const code: number[] = [];
  code.push(...get(P), ...i32(16), op.i32Sub, ...i32(DATA_START_AT), op.i32Load, ...mem(2));
  code.push(op.i32LtS, ...no);
  code.push(...get(P), ...i32(3), op.i32Sub, op.i32Load8u, ...mem(0), ...i32(40), op.i32Ne, ...no);
  // The hex digits after "0x": V, N of them.
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(N), ...i32(8), op.i32GeU, op.brIf, 1);
  code.push(...get(P), ...get(N), op.i32Add, op.i32Load8u, ...mem(0), ...tee(C));
  code.push(...i32(48), op.i32Sub, ...tee(H), ...i32(10), op.i32LtU);
  code.push(op.if, I32, ...get(H), op.else);
  code.push(
    ...get(C),
    ...i32(32),
    op.i32Or,
    ...i32(97),
    op.i32Sub,
    ...tee(H),
    ...i32(6),
    op.i32LtU,
  );
  code.push(op.if, I32, ...get(H), ...i32(10), op.i32Add, op.else, ...i32(-1), op.end, op.end);
  code.push(...tee(H), ...i32(0), op.i32LtS, op.brIf, 1);
  code.push(...get(V), ...i32(4), op.i32Shl, ...get(H), op.i32Or, ...set(V));
  code.push(...get(N), ...i32(1), op.i32Add, ...set(N), op.br, 0, op.end, op.end);
  code.push(...get(N), op.i32Eqz, ...no, ...get(N), ...i32(7), op.i32GtU, ...no);
  // The decimal before "(": D, DIGITS of them, read backwards from Q.
  code.push(...get(P), ...i32(4), op.i32Sub, ...set(Q), ...i32(1), ...set(SCALE));
  code.push(...get(Q), op.i32Load8u, ...mem(0), ...i32(32), op.i32Eq);
  code.push(op.if, VOID_BLOCK, ...get(Q), ...i32(1), op.i32Sub, ...set(Q), op.end);
  code.push(op.block, VOID_BLOCK, op.loop, VOID_BLOCK);
  code.push(...get(DIGITS), ...i32(9), op.i32GeU, op.brIf, 1);
  code.push(...get(Q), op.i32Load8u, ...mem(0), ...i32(48), op.i32Sub, ...tee(H), ...i32(10));
  code.push(op.i32GeU, op.brIf, 1);
  code.push(...get(D), ...get(H), ...get(SCALE), op.i32Mul, op.i32Add, ...set(D));
  code.push(...get(SCALE), ...i32(10), op.i32Mul, ...set(SCALE));
  code.push(...get(DIGITS), ...i32(1), op.i32Add, ...set(DIGITS));
  code.push(...get(Q), ...i32(1), op.i32Sub, ...set(Q), op.br, 0, op.end, op.end);
  code.push(...get(DIGITS), op.i32Eqz, ...no);
  // Not glued to a letter or digit before it.
  code.push(
    ...get(Q),
    op.i32Load8u,
    ...mem(0),
    ...tee(C),
    ...i32(48),
    op.i32Sub,
    ...i32(10),
    op.i32LtU,
  );
  code.push(
    ...get(C),
    ...i32(32),
    op.i32Or,
    ...i32(97),
    op.i32Sub,
    ...i32(26),
    op.i32LtU,
    op.i32Or,
    ...no,
  );
  code.push(...get(D), ...get(V), op.i32Eq, op.end);
  return [1, 8, I32, ...code];
}

const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
const name = (text: string) => [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
const withSize = (body: number[]) => [...uleb(body.length), ...body];

/** The module's bytes: memory "memory", functions "scan" and "lineStarts". */
export function byteScanModule(): Uint8Array<ArrayBuffer> {
  const scanType = [0x60, 5, I32, I32, I32, I32, I32, 1, I32];
  const countType = [0x60, 2, I32, I32, 1, I32];
  const markerType = [0x60, 1, I32, 1, I32];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [3, ...scanType, ...countType, ...markerType]),
    ...section(3, [3, 0, 1, 2]),
    ...section(5, [1, 0x00, 1]), // one memory, at least one page, grown by byte-scanner.ts
    ...section(7, [
      3,
      ...name('scan'),
      0x00,
      0,
      ...name('lineStarts'),
      0x00,
      1,
      ...name('memory'),
      0x02,
      0,
    ]),
    ...section(10, [
      3,
      ...withSize(scanBody()),
      ...withSize(lineStartsBody()),
      ...withSize(threadMarkerBody()),
    ]),
  ]);
}
