// SHIPS TO THE BROWSER. Scans bytes with a ByteAutomaton, four parts of a chunk at once in
// WebAssembly (byte-scan-wasm.ts), or one at a time in JavaScript where WebAssembly is missing.
// The bytes live in the module's memory (`data`), so a caller reads a file straight into it.
import type { ByteAutomaton } from './byte-automaton.ts';
import {
  byteScanModule,
  CLASS_AT,
  DATA_START_AT,
  HIT_BYTES,
  LANES,
  LANES_AT,
  OUT_AT,
  THREAD_FLAG,
} from './byte-scan-wasm.ts';
import { SPACE } from './aho-corasick.ts';

/** Calls for each pattern occurrence: its id and the offset in `data` just after its last byte. */
export type OnByteHit = (patternId: number, end: number) => void;

/** A lane starts this far back at most to pick up a match that began before it. */
const MAX_WARM_BYTES = 64 * 1024;
/** Hit records the module writes before handing them over. */
const HIT_RECORDS = 16 * 1024;
const PAGE = 64 * 1024;

interface WasmExports {
  memory: WebAssembly.Memory;
  scan: (k0: number, iterations: number, delta: number, out: number, outEnd: number) => number;
  lineStarts: (from: number, to: number) => number;
}

/** The array, or a copy twice as large when it has no room for `size` numbers. */
function ensureRoom(list: Float64Array, size: number): Float64Array {
  if (size <= list.length) return list;
  const larger = new Float64Array(Math.max(size, list.length * 2));
  larger.set(list);
  return larger;
}

/** Marks, in WebAssembly's copy of the table, the transitions into states whose only pattern is "0x". */
function flagHexStates(automaton: ByteAutomaton, hexPattern: number, delta: Int32Array): void {
  const { classCount, outStart, outIds } = automaton;
  for (let i = 0; i < delta.length; i++) {
    const entry = delta[i]!;
    if (entry >= 0) continue;
    const state = ~entry / classCount;
    const only =
      outStart[state + 1]! - outStart[state]! === 1 && outIds[outStart[state]!] === hexPattern;
    if (only) delta[i] = ~(~entry + THREAD_FLAG);
  }
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly cannot run (then the JavaScript loops do). */
function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(byteScanModule());
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

export class ByteScanner {
  /**
   * Where callers put bytes to scan; data[-1] reads as 0, and `capacity` bytes are usable (it is
   * MAX_WARM_BYTES longer: bytes written there are never scanned).
   */
  readonly data: Uint8Array;
  private readonly wasm: WasmExports | undefined;
  private readonly deltaAt: number;
  private readonly outAt: number;
  /** Per lane, hits held back until the lanes before it have reported theirs. */
  private readonly waiting: Float64Array[] = Array.from(
    { length: LANES },
    () => new Float64Array(1024),
  );
  readonly automaton: ByteAutomaton;
  readonly capacity: number;

  /**
   * `capacity`: the most bytes scanned at once; `useWasm` false forces the JavaScript loops
   * (checks). `hexPattern`: the id of the pattern "0x", whose hits WebAssembly drops when they are
   * thread ids (hexCodeAt would drop them too; JavaScript reports them all).
   */
  constructor(automaton: ByteAutomaton, capacity: number, useWasm = true, hexPattern?: number) {
    this.automaton = automaton;
    this.capacity = capacity;
    const module = useWasm ? wasmModule() : null;
    if (!module) {
      this.data = new Uint8Array(capacity + MAX_WARM_BYTES + 16);
      this.deltaAt = this.outAt = 0;
      return;
    }
    const wasm = new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
    this.deltaAt = OUT_AT + 16;
    this.outAt = this.deltaAt + automaton.delta.length * 4;
    // One guard byte before the data (the line counter reads the byte before), padding after it
    // for the last lane, which may read past the end of the range it reports on.
    const dataAt = this.outAt + HIT_RECORDS * HIT_BYTES + 16;
    const bytes = dataAt + capacity + MAX_WARM_BYTES + 16;
    wasm.memory.grow(Math.ceil(bytes / PAGE));
    const memory = new Uint8Array(wasm.memory.buffer);
    for (let byte = 0; byte < 256; byte++) memory[CLASS_AT + byte] = automaton.classOf[byte]!;
    const delta = new Int32Array(wasm.memory.buffer, this.deltaAt, automaton.delta.length);
    delta.set(automaton.delta);
    if (hexPattern !== undefined) flagHexStates(automaton, hexPattern, delta);
    this.data = new Uint8Array(wasm.memory.buffer, dataAt, capacity + MAX_WARM_BYTES);
    new Int32Array(wasm.memory.buffer)[DATA_START_AT >> 2] = dataAt;
    this.wasm = wasm;
  }

  /** Whether the four-lane WebAssembly scan is in use. */
  get accelerated(): boolean {
    return this.wasm !== undefined;
  }

  /**
   * Where a scan must start so that it finds every match ending at or after `at`: far enough back
   * for the longest pattern, a white space run counting once, never before `floor`.
   */
  warmStart(at: number, floor: number): number {
    const { classOf, maxPatternBytes } = this.automaton;
    const limit = Math.max(floor, at - MAX_WARM_BYTES);
    let units = 0;
    let i = at;
    while (i > limit && units <= maxPatternBytes) {
      i--;
      if (classOf[this.data[i]!] === SPACE)
        while (i > limit && classOf[this.data[i - 1]!] === SPACE) i--;
      units++;
    }
    return i;
  }

  /** Reports every match ending in data[from, to), in order; bytes from `floor` on may be read before `from`. */
  scan(from: number, to: number, floor: number, onHit: OnByteHit): void {
    if (to <= from) return;
    if (this.wasm) this.scanWasm(from, to, floor, onHit);
    else this.scanJs(this.warmStart(from, floor), from, to, onHit);
  }

  /** Line starts at positions [from, to) of data: the byte before is LF, or CR not followed by LF. */
  lineStarts(from: number, to: number): number {
    if (to <= from) return 0;
    if (this.wasm)
      return this.wasm.lineStarts(this.data.byteOffset + from, this.data.byteOffset + to);
    let count = 0;
    for (let p = from; p < to; p++) {
      const before = p > 0 ? this.data[p - 1] : 0;
      if (before === 10 || (before === 13 && this.data[p] !== 10)) count++;
    }
    return count;
  }

  private emit(row: number, end: number, onHit: OnByteHit): void {
    const { classCount, outStart, outIds } = this.automaton;
    const state = row / classCount;
    for (let k = outStart[state]!; k < outStart[state + 1]!; k++) onHit(outIds[k]!, end);
  }

  private scanJs(warm: number, from: number, to: number, onHit: OnByteHit): void {
    const { classOf, delta } = this.automaton;
    const data = this.data;
    let row = 0;
    for (let i = warm; i < to; i++) {
      const next = delta[row + classOf[data[i]!]!]!;
      if (next >= 0) row = next;
      else {
        row = ~next;
        if (i + 1 > from) this.emit(row, i + 1, onHit);
      }
    }
  }

  private scanWasm(from: number, to: number, floor: number, onHit: OnByteHit): void {
    const wasm = this.wasm!;
    const words = new Int32Array(wasm.memory.buffer);
    const base = this.data.byteOffset;
    const starts: number[] = [];
    const ends: number[] = [];
    const warms: number[] = [];
    let iterations = 0;
    for (let j = 0; j < LANES; j++) {
      const start = from + Math.floor(((to - from) * j) / LANES);
      const end = from + Math.floor(((to - from) * (j + 1)) / LANES);
      const warm = this.warmStart(start, floor);
      starts.push(start);
      ends.push(end);
      warms.push(warm);
      iterations = Math.max(iterations, end - warm);
      words[(LANES_AT >> 2) + j * 2] = base + warm;
      words[(LANES_AT >> 2) + j * 2 + 1] = 0;
    }
    // Lane 0's hits are reported as they come; the other lanes' wait in order, as (end, row) pairs.
    const waiting = this.waiting;
    const counts = [0, 0, 0, 0];
    const outEnd = this.outAt + (HIT_RECORDS - LANES) * HIT_BYTES;
    for (let k = 0; k < iterations;) {
      k = wasm.scan(k, iterations, this.deltaAt, this.outAt, outEnd);
      const written = (words[OUT_AT >> 2]! - this.outAt) / HIT_BYTES;
      for (let h = 0; h < written; h++) {
        const record = (this.outAt >> 2) + h * 3;
        const lane = words[record + 2]!;
        const end = warms[lane]! + words[record]! + 1;
        // A lane reports only what ends in its own part; what it read before is warm-up.
        if (end <= starts[lane]! || end > ends[lane]!) continue;
        if (lane === 0) this.emit(words[record + 1]!, end, onHit);
        else {
          const list = (waiting[lane] = ensureRoom(waiting[lane]!, counts[lane]! + 2));
          list[counts[lane]!++] = end;
          list[counts[lane]!++] = words[record + 1]!;
        }
      }
    }
    for (let lane = 1; lane < LANES; lane++) {
      const list = waiting[lane]!;
      for (let h = 0; h < counts[lane]!; h += 2) this.emit(list[h + 1]!, list[h]!, onHit);
    }
  }
}
