// SHIPS TO THE BROWSER. Scans bytes with a ByteAutomaton in WebAssembly (byte-scan-wasm.ts), or
// one at a time in JavaScript where WebAssembly is missing. With few patterns WebAssembly skips
// what no pattern can start in (byte-prefilter.ts's fingerprints, sixteen positions at a time)
// and runs the automaton only from there; with many, their fingerprints would let most positions
// through, and it scans four parts of a chunk at once instead.
// The bytes live in the module's memory (`data`), so a caller reads a file straight into it.
// Given the "0x" pattern, WebAssembly reads the codes written 0x… itself and counts them in a
// table: JavaScript hears only of a code's first occurrences and of the signatures' codes
// (OnCodeHit), and of the hits near "thread" that it reads with hexCodeAt (as the "0x" pattern).
import type { ByteAutomaton } from './byte-automaton.ts';
import {
  byteScanModule,
  CHAR_KIND_AT,
  charKind,
  CLASS_AT,
  CODE_SLOT_BYTES,
  CODES_AT,
  CODES_LIMIT_AT,
  CODES_LIST_AT,
  CODES_SHIFT_AT,
  CODES_TAKEN_AT,
  FLOOR_AT,
  HASH_FACTOR,
  DELTA_AT,
  HIT_BYTES,
  LANE_BYTES,
  LANES,
  LANES_AT,
  OUT_AT,
  SIGNATURE_CODES_AT,
  SIGNATURE_CODES_SHIFT_AT,
  SIGNATURE_SLOT_BYTES,
  STAMP_AT,
  HEX_FLAG,
  LOOKBACK_AT,
  NIBBLES_AT,
} from './byte-scan-wasm.ts';
import { prefilterTables, type PrefilterTables } from './byte-prefilter.ts';
import { SPACE } from './aho-corasick.ts';

/** Calls for each pattern occurrence: its id and the offset in `data` just after its last byte. */
export type OnByteHit = (patternId: number, end: number) => void;
/**
 * Calls for a code that WebAssembly read and counted where JavaScript needs its line: the
 * value, and the offset in `data` of its "0x". Each signature's code comes, and at least the
 * first occurrence of every code in a scan (its others are only counted: see takeCodeCounts).
 */
export type OnCodeHit = (value: number, at: number) => void;

/** The "0x" pattern, and the codes whose every occurrence is reported (OnCodeHit). */
export interface HexCodes {
  hexPattern: number;
  signatureCodes: Iterable<number>;
}

/** A lane starts this far back at most to pick up a match that began before it. */
const MAX_WARM_BYTES = 64 * 1024;
/** Hit records the module writes before handing them over. */
const HIT_RECORDS = 16 * 1024;
const PAGE = 64 * 1024;
/** Slots of the code table, and how many of them take values (then hits go to JavaScript). */
const CODE_SLOTS = 1 << 14;
const CODE_LIMIT = (CODE_SLOTS * 3) / 4;

interface WasmExports {
  memory: WebAssembly.Memory;
  scan: (k0: number, iterations: number, out: number, outEnd: number) => number;
  sparseScan: (k0: number, iterations: number, out: number, outEnd: number) => number;
  lineStarts: (from: number, to: number) => number;
  lineEnd: (from: number, to: number) => number;
}

const log2 = (n: number) => 31 - Math.clz32(n);
const slotOf = (value: number, shift: number) => Math.imul(value, HASH_FACTOR) >>> shift;

/** Writes the signatures' codes into their table (open addressing, at most half full) and returns its hash shift. */
function fillSignatureCodes(words: Int32Array, at: number, slots: number, codes: Iterable<number>) {
  const shift = 32 - log2(slots);
  for (const code of codes) {
    let slot = slotOf(code, shift);
    for (; words[(at >> 2) + slot * 2 + 1]; slot = (slot + 1) & (slots - 1))
      if (words[(at >> 2) + slot * 2] === (code | 0)) break;
    words[(at >> 2) + slot * 2] = code;
    words[(at >> 2) + slot * 2 + 1] = 1;
  }
  return shift;
}

/** The array, or a copy twice as large when it has no room for `size` numbers. */
function ensureRoom(list: Float64Array, size: number): Float64Array {
  if (size <= list.length) return list;
  const larger = new Float64Array(Math.max(size, list.length * 2));
  larger.set(list);
  return larger;
}

/** A row of the automaton (state × classCount) as WebAssembly's table holds it: a byte offset. */
const ROW_BYTES = 4;

/**
 * WebAssembly's copy of the transition table: each row as a byte offset (row × 4), accepting
 * entries still written ~row, and the transitions into states whose only pattern is "0x"
 * flagged (HEX_FLAG: hexHit reads their hits).
 */
function fillWasmDelta(automaton: ByteAutomaton, delta: Int32Array, hexPattern?: number): void {
  const { classCount, outStart, outIds } = automaton;
  for (let i = 0; i < delta.length; i++) {
    const entry = automaton.delta[i]!;
    if (entry >= 0) {
      delta[i] = entry * ROW_BYTES;
      continue;
    }
    const state = ~entry / classCount;
    const only =
      hexPattern !== undefined &&
      outStart[state + 1]! - outStart[state]! === 1 &&
      outIds[outStart[state]!] === hexPattern;
    delta[i] = ~(~entry * ROW_BYTES + (only ? HEX_FLAG : 0));
  }
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled module, or null where WebAssembly cannot run (then the JavaScript loops do). From
 * `bytes` when given (an image's: byteScanModule()'s output, kept), else from byteScanModule().
 */
function wasmModule(bytes?: Uint8Array<ArrayBuffer>): WebAssembly.Module | null {
  if (compiled === undefined && bytes) {
    try {
      compiled = new WebAssembly.Module(bytes);
    } catch {
      // Not a module: made again below.
    }
  }
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(byteScanModule());
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** How a ByteScanner scans, beside its automaton and capacity. */
export interface ScannerOptions {
  /** false forces the JavaScript loops (checks). */
  useWasm?: boolean;
  /** WebAssembly reads the hits of this "0x" pattern as codes (see OnCodeHit). */
  codes?: HexCodes;
  /** false makes WebAssembly scan in four lanes whatever the patterns (checks). */
  prefilter?: boolean;
  /**
   * A scanner's start as ByteScanner.image() took it, for the same automaton and options, by the
   * same code (the CLI keeps one in its knowledge cache, whose key hashes this code): the module's
   * bytes and the tables are copied instead of made (~10 ms of a streamed run). One that does not
   * fit (another size of tables, another prefilter option or "0x" pattern) is ignored.
   */
  image?: Uint8Array;
}

/** Written first in an image: anything else is not one. */
const IMAGE_MAGIC = 0x6f6f6269; // "oobi"
/** Magic, the module's length, the tables' length, flags (IMAGE_*), the "0x" pattern + 1 (0: none). */
const IMAGE_HEADER_BYTES = 20;
const IMAGE_PREFILTER = 1;
const IMAGE_SPARSE = 2;

/** What an image holds: the module's bytes, memory up to the code table, and the prefilter's state. */
interface ScannerStart {
  module: Uint8Array<ArrayBuffer>;
  tables: Uint8Array;
  prefilter: boolean;
  sparse: boolean;
  /** The "0x" pattern its transitions flag (HEX_FLAG), or -1. */
  hexPattern: number;
}

function readImage(image: Uint8Array | undefined): ScannerStart | undefined {
  if (!image || image.length < IMAGE_HEADER_BYTES) return undefined;
  const header = new DataView(image.buffer, image.byteOffset, IMAGE_HEADER_BYTES);
  const moduleLength = header.getUint32(4, true);
  const tablesLength = header.getUint32(8, true);
  const flags = header.getUint32(12, true);
  const hexPattern = header.getUint32(16, true) - 1;
  if (header.getUint32(0, true) !== IMAGE_MAGIC) return undefined;
  if (image.length !== IMAGE_HEADER_BYTES + moduleLength + tablesLength) return undefined;
  const tablesAt = IMAGE_HEADER_BYTES + moduleLength;
  return {
    // A copy: WebAssembly compiles bytes of an ArrayBuffer (a file's Buffer may not be one).
    module: image.slice(IMAGE_HEADER_BYTES, tablesAt),
    tables: image.subarray(tablesAt),
    prefilter: (flags & IMAGE_PREFILTER) !== 0,
    sparse: (flags & IMAGE_SPARSE) !== 0,
    hexPattern,
  };
}

export class ByteScanner {
  /**
   * Where callers put bytes to scan; data[-1] reads as 0, and `capacity` bytes are usable (it is
   * MAX_WARM_BYTES longer: bytes written there are never scanned).
   */
  readonly data: Uint8Array;
  private readonly wasm: WasmExports | undefined;
  private readonly outAt: number;
  private readonly codesAt: number;
  /** Where the module lists the code table's slots taken. */
  private readonly codeListAt: number;
  /** The module's memory as words (it never grows after the constructor). */
  private readonly words: Int32Array;
  /** Scans so far: a code's first occurrence is tracked within one. */
  private stamp = 0;
  /** Per lane, hits held back until the lanes before it have reported theirs. */
  private readonly waiting: Float64Array[] = Array.from(
    { length: LANES },
    () => new Float64Array(1024),
  );
  readonly automaton: ByteAutomaton;
  readonly capacity: number;
  /** The patterns' UTF-8 bytes, for the prefilter's tables. */
  private readonly patternBytes: Uint8Array[];
  /** The patterns quieted so far (quiet): the prefilter leaves them out. */
  private readonly quieted: boolean[];
  /** Whether WebAssembly scans with the prefilter (sparseScan), else in four lanes. */
  private sparse = false;
  /** Whether the tables came from an image (ScannerOptions.image). */
  readonly fromImage: boolean = false;

  /** `capacity`: the most bytes scanned at once. */
  constructor(automaton: ByteAutomaton, capacity: number, options: ScannerOptions = {}) {
    const { useWasm = true, codes, prefilter = true } = options;
    this.automaton = automaton;
    this.capacity = capacity;
    const encoder = new TextEncoder();
    this.patternBytes =
      prefilter && useWasm ? automaton.patterns.map((p) => encoder.encode(p)) : [];
    this.quieted = automaton.patterns.map(() => false);
    const start = useWasm ? readImage(options.image) : undefined;
    const module = useWasm ? wasmModule(start?.module) : null;
    if (!module) {
      this.data = new Uint8Array(capacity + MAX_WARM_BYTES + 16);
      this.outAt = this.codesAt = this.codeListAt = 0;
      this.words = new Int32Array(0);
      return;
    }
    const wasm = new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
    const signatureCodes = [...(codes?.signatureCodes ?? [])];
    const signatureSlots = Math.max(16, 1 << (log2(signatureCodes.length * 2 || 1) + 1));
    this.codesAt = DELTA_AT + automaton.delta.length * 4;
    this.codeListAt = this.codesAt + CODE_SLOTS * CODE_SLOT_BYTES;
    const signatureCodesAt = this.codeListAt + CODE_LIMIT * 4;
    this.outAt = signatureCodesAt + signatureSlots * SIGNATURE_SLOT_BYTES;
    // One guard byte before the data (the line counter reads the byte before), padding after it
    // for the last lane, which may read past the end of the range it reports on.
    const dataAt = this.outAt + HIT_RECORDS * HIT_BYTES + 16;
    const bytes = dataAt + capacity + MAX_WARM_BYTES + 16;
    wasm.memory.grow(Math.ceil(bytes / PAGE));
    const words = (this.words = new Int32Array(wasm.memory.buffer));
    this.data = new Uint8Array(wasm.memory.buffer, dataAt, capacity + MAX_WARM_BYTES);
    this.wasm = wasm;
    // The tables up to the code table: the image's, or made here.
    this.fromImage =
      start !== undefined &&
      start.prefilter === prefilter &&
      start.hexPattern === (codes?.hexPattern ?? -1) &&
      start.tables.length === this.codesAt;
    if (this.fromImage) {
      new Uint8Array(wasm.memory.buffer).set(start!.tables);
      this.sparse = start!.sparse;
    } else this.writeTables(codes?.hexPattern, prefilter);
    words[CODES_AT >> 2] = this.codesAt;
    words[CODES_SHIFT_AT >> 2] = 32 - log2(CODE_SLOTS);
    words[CODES_LIMIT_AT >> 2] = CODE_LIMIT;
    words[CODES_LIST_AT >> 2] = this.codeListAt;
    words[SIGNATURE_CODES_AT >> 2] = signatureCodesAt;
    words[SIGNATURE_CODES_SHIFT_AT >> 2] = fillSignatureCodes(
      words,
      signatureCodesAt,
      signatureSlots,
      signatureCodes,
    );
  }

  /** The classes, the transitions and, with `prefilter`, the prefilter's tables, in WebAssembly's memory. */
  private writeTables(hexPattern: number | undefined, prefilter: boolean): void {
    const { automaton } = this;
    const memory = new Uint8Array(this.wasm!.memory.buffer);
    for (let byte = 0; byte < 256; byte++) {
      memory[CLASS_AT + byte] = automaton.classOf[byte]!;
      memory[CHAR_KIND_AT + byte] = charKind(byte);
    }
    const delta = new Int32Array(this.wasm!.memory.buffer, DELTA_AT, automaton.delta.length);
    fillWasmDelta(automaton, delta, hexPattern);
    if (prefilter)
      this.usePrefilter(prefilterTables(this.patternBytes, automaton.classOf, () => true));
  }

  /**
   * A new scanner's start (ScannerOptions.image), for scanners of the same automaton and options;
   * undefined where WebAssembly cannot run.
   */
  static image(automaton: ByteAutomaton, options: Omit<ScannerOptions, 'image'> = {}) {
    const scanner = new ByteScanner(automaton, 0, options);
    if (!scanner.wasm) return undefined;
    const module = byteScanModule();
    const tables = new Uint8Array(scanner.wasm.memory.buffer, 0, scanner.codesAt);
    const image = new Uint8Array(IMAGE_HEADER_BYTES + module.length + tables.length);
    const header = new DataView(image.buffer, 0, IMAGE_HEADER_BYTES);
    header.setUint32(0, IMAGE_MAGIC, true);
    header.setUint32(4, module.length, true);
    header.setUint32(8, tables.length, true);
    const flags =
      (options.prefilter === false ? 0 : IMAGE_PREFILTER) | (scanner.sparse ? IMAGE_SPARSE : 0);
    header.setUint32(12, flags, true);
    header.setUint32(16, (options.codes?.hexPattern ?? -1) + 1, true);
    image.set(module, IMAGE_HEADER_BYTES);
    image.set(tables, IMAGE_HEADER_BYTES + module.length);
    return image;
  }

  /**
   * Writes the prefilter's tables into WebAssembly's memory and scans with them. None (too many
   * patterns): the lanes stay, or after quiet() the tables before, which let through more.
   */
  private usePrefilter(tables: PrefilterTables | undefined): void {
    if (!tables || !this.wasm) return;
    const memory = new Uint8Array(this.wasm.memory.buffer);
    memory.set(tables.nibbles, NIBBLES_AT);
    memory.set(tables.lookback, LOOKBACK_AT);
    this.sparse = true;
  }

  /** Whether WebAssembly scans (with the prefilter, or in four lanes). */
  get accelerated(): boolean {
    return this.wasm !== undefined;
  }

  /** Whether WebAssembly scans with the prefilter. */
  get prefiltered(): boolean {
    return this.sparse;
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

  /**
   * Reports every match ending in data[from, to), in order, those of "0x" that WebAssembly reads
   * as codes to onCode; bytes from `floor` on may be read before `from`.
   */
  scan(from: number, to: number, floor: number, onHit: OnByteHit, onCode?: OnCodeHit): void {
    if (to <= from) return;
    if (this.wasm) this.scanWasm(from, to, floor, onHit, onCode);
    else this.scanJs(this.warmStart(from, floor), from, to, onHit);
  }

  /** Whether the code table is more than half full (then takeCodeCounts makes room). */
  get codesCrowded(): boolean {
    return this.wasm !== undefined && this.words[CODES_TAKEN_AT >> 2]! > CODE_SLOTS / 2;
  }

  /**
   * Hands over the counts of the codes WebAssembly read since the last call, and empties the
   * table (a code seen again is then a first occurrence again: OnCodeHit).
   */
  takeCodeCounts(onCount: (value: number, count: number) => void): void {
    if (!this.wasm) return;
    const words = this.words;
    const slotWords = CODE_SLOT_BYTES >> 2;
    for (let i = 0; i < words[CODES_TAKEN_AT >> 2]!; i++) {
      const at = (this.codesAt >> 2) + words[(this.codeListAt >> 2) + i]! * slotWords;
      onCount(words[at]! >>> 0, words[at + 1]!);
      words.fill(0, at, at + slotWords);
    }
    words[CODES_TAKEN_AT >> 2] = 0;
  }

  /**
   * The position just after the first line break in data[from, to) (LF, or CR not followed by
   * LF), or -1.
   */
  lineEnd(from: number, to: number): number {
    if (this.wasm) {
      const base = this.data.byteOffset;
      const end = from < to ? this.wasm.lineEnd(base + from, base + to) : 0;
      return end ? end - base : -1;
    }
    for (let p = from; p < to; p++) {
      const b = this.data[p];
      if (b === 10 || (b === 13 && this.data[p + 1] !== 10)) return p + 1;
    }
    return -1;
  }

  /**
   * Stops reporting the patterns `isQuiet` names, where it is free: in WebAssembly's table,
   * entering a state whose every pattern is quiet becomes an ordinary move (no hit record, no
   * call). JavaScript's scan still reports them; a caller ignores them alike.
   */
  quiet(isQuiet: (patternId: number) => boolean): void {
    if (!this.wasm) return;
    let newlyQuiet = false;
    this.quieted.forEach((quiet, id) => {
      if (quiet || !isQuiet(id)) return;
      this.quieted[id] = newlyQuiet = true;
    });
    // The prefilter then looks only for the others (their matches hold their own fingerprints).
    if (this.sparse && newlyQuiet)
      this.usePrefilter(
        prefilterTables(this.patternBytes, this.automaton.classOf, (id) => !this.quieted[id]),
      );
    const { classCount, outStart, outIds } = this.automaton;
    const delta = new Int32Array(this.wasm.memory.buffer, DELTA_AT, this.automaton.delta.length);
    for (let i = 0; i < delta.length; i++) {
      const row = ~delta[i]!;
      // Not accepting, or a "0x" state (flagged: hexHit's).
      if (row < 0 || row >= HEX_FLAG) continue;
      const state = row / ROW_BYTES / classCount;
      let quiet = true;
      for (let k = outStart[state]!; k < outStart[state + 1]! && quiet; k++)
        quiet = isQuiet(outIds[k]!);
      if (quiet) delta[i] = row;
    }
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

  /** A hit record's report: a state row in bytes (its patterns to onHit), or ~slot, a code read (to onCode). */
  private report(report: number, end: number, onHit: OnByteHit, onCode?: OnCodeHit): void {
    if (report >= 0) return this.emit(report / ROW_BYTES, end, onHit);
    const value = this.words[(this.codesAt >> 2) + ~report * (CODE_SLOT_BYTES >> 2)]!;
    onCode?.(value >>> 0, end - 2);
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

  private scanWasm(
    from: number,
    to: number,
    floor: number,
    onHit: OnByteHit,
    onCode: OnCodeHit | undefined,
  ): void {
    const wasm = this.wasm!;
    const words = this.words;
    const base = this.data.byteOffset;
    const warms: number[] = [];
    let iterations = 0;
    // With the prefilter, lane 0 scans it all (the others report nothing).
    const lanes = this.sparse ? 1 : LANES;
    for (let j = 0; j < lanes; j++) {
      const start = from + Math.floor(((to - from) * j) / lanes);
      const end = from + Math.floor(((to - from) * (j + 1)) / lanes);
      const warm = this.warmStart(start, floor);
      warms.push(warm);
      iterations = Math.max(iterations, end - warm);
      // A lane reports only what ends in its own part; what it reads before is warm-up.
      const lane = (LANES_AT + j * LANE_BYTES) >> 2;
      words[lane] = base + warm;
      words[lane + 1] = 0;
      words[lane + 2] = start - warm;
      words[lane + 3] = end - start;
    }
    words[FLOOR_AT >> 2] = base + floor;
    words[STAMP_AT >> 2] = ++this.stamp;
    // Lane 0's hits are reported as they come; the other lanes' wait in order, as (end, report) pairs.
    const waiting = this.waiting;
    const counts = new Array<number>(LANES).fill(0);
    const outEnd = this.outAt + (HIT_RECORDS - LANES) * HIT_BYTES;
    for (let k = 0; k < iterations;) {
      k = this.sparse
        ? wasm.sparseScan(k, iterations, this.outAt, outEnd)
        : wasm.scan(k, iterations, this.outAt, outEnd);
      const written = (words[OUT_AT >> 2]! - this.outAt) / HIT_BYTES;
      for (let h = 0; h < written; h++) {
        const record = (this.outAt >> 2) + h * 3;
        const lane = words[record + 2]!;
        const end = warms[lane]! + words[record]! + 1;
        if (lane === 0) this.report(words[record + 1]!, end, onHit, onCode);
        else {
          const list = (waiting[lane] = ensureRoom(waiting[lane]!, counts[lane]! + 2));
          list[counts[lane]!++] = end;
          list[counts[lane]!++] = words[record + 1]!;
        }
      }
    }
    for (let lane = 1; lane < LANES; lane++) {
      const list = waiting[lane]!;
      for (let h = 0; h < counts[lane]!; h += 2) this.report(list[h + 1]!, list[h]!, onHit, onCode);
    }
  }
}
