// The byte automaton, scanned in WebAssembly (with the prefilter, or in four lanes) or in
// JavaScript, finds exactly what the text automaton finds: every pattern at every place, whatever
// the letter case, the white space runs (ASCII), Japanese text, and where a scan is split (lanes,
// rounds); and the codes written 0x… it reads and counts are those stream-codes.ts's hexCodeAt reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildAutomaton, foldPattern, scan } from '../../src/lib/diagnose/aho-corasick.ts';
import { buildByteAutomaton, type ByteAutomaton } from '../../src/lib/diagnose/byte-automaton.ts';
import { ByteScanner, type HexCodes } from '../../src/lib/diagnose/byte-scanner.ts';
import { hexCodeAt } from '../../src/lib/diagnose/stream-codes.ts';

const WORDS = [
  'fail',
  'AMT',
  'result:',
  '0x80072ee9',
  'redirection',
  'エラー',
  '接続',
  'ab',
  'a',
  'Bab',
];
const SPACES = [' ', '  ', '\t', '\r\n', ' \n  '];

/**
 * How a scanner scans: WebAssembly with the prefilter (its tables made, or copied from an image
 * of another scanner's), WebAssembly in four lanes, JavaScript.
 */
const MODES = ['prefilter', 'prefilter from an image', 'four lanes', 'JavaScript'] as const;
type Mode = (typeof MODES)[number];

/** A scanner scanning as `mode` says (the check fails if it cannot). */
function scannerFor(automaton: ByteAutomaton, capacity: number, mode: Mode, codes?: HexCodes) {
  const prefilter = mode.startsWith('prefilter');
  const options = { useWasm: mode !== 'JavaScript', ...(codes ? { codes } : {}), prefilter };
  const image =
    mode === 'prefilter from an image' ? ByteScanner.image(automaton, options) : undefined;
  const scanner = new ByteScanner(automaton, capacity, { ...options, ...(image ? { image } : {}) });
  assert.equal(scanner.accelerated, mode !== 'JavaScript', `${mode}: WebAssembly`);
  assert.equal(scanner.prefiltered, prefilter, `${mode}: prefilter`);
  assert.equal(scanner.fromImage, image !== undefined, `${mode}: from an image`);
  return scanner;
}

const pattern = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => foldPattern(words.join(' ')));
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS).map((w) => (w.length % 2 ? w.toUpperCase() : w)),
      fc.constantFrom(...SPACES),
      fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

/** Text automaton hits as "pattern@UTF-8 end offset". */
function textHits(patterns: string[], input: string): string[] {
  const automaton = buildAutomaton(patterns);
  const encoder = new TextEncoder();
  const hits: string[] = [];
  scan(automaton, input, (id, end) =>
    hits.push(`${id}@${encoder.encode(input.slice(0, end)).length}`),
  );
  return hits;
}

/**
 * Byte scanner hits, the input written at `offset` and scanned in two parts split at `split`,
 * the patterns `isQuiet` names quieted.
 */
function byteHits(
  patterns: string[],
  input: string,
  mode: Mode,
  split: number,
  isQuiet?: (id: number) => boolean,
): string[] {
  const bytes = new TextEncoder().encode(input);
  const scanner = scannerFor(buildByteAutomaton(patterns), bytes.length + 64, mode);
  if (isQuiet) scanner.quiet(isQuiet);
  const offset = 5;
  scanner.data.set(bytes, offset);
  const hits: string[] = [];
  const at = offset + Math.min(split, bytes.length);
  scanner.scan(offset, at, offset, (id, end) => hits.push(`${id}@${end - offset}`));
  scanner.scan(at, offset + bytes.length, offset, (id, end) => hits.push(`${id}@${end - offset}`));
  return hits;
}

for (const mode of MODES) {
  test(`byte hits equal text hits (${mode})`, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pattern, { minLength: 1, maxLength: 6 }),
        text,
        fc.nat(2000),
        (patterns, input, split) => {
          const expected = textHits(patterns, input).sort();
          assert.deepEqual(byteHits(patterns, input, mode, split).sort(), expected);
        },
      ),
      { numRuns: 300 },
    );
  });
}

test('quieted patterns may go unreported (in WebAssembly); every other hit still comes', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(pattern, { minLength: 1, maxLength: 6 }),
      text,
      fc.nat(2000),
      fc.oneof(fc.nat(63), fc.constant(63)),
      (patterns, input, split, quietBits) => {
        const isQuiet = (id: number) => ((quietBits >> id) & 1) === 1;
        const loud = (hit: string) => !isQuiet(Number(hit.split('@')[0]));
        const expected = textHits(patterns, input);
        for (const mode of MODES) {
          const hits = byteHits(patterns, input, mode, split, isQuiet);
          assert.deepEqual(hits.filter(loud).sort(), expected.filter(loud).sort());
          assert.ok(hits.every((hit) => expected.includes(hit)));
          if (mode !== 'JavaScript' && patterns.every((_, id) => isQuiet(id)))
            assert.deepEqual(hits, []);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('the line counter counts LF, CRLF and lone CR line breaks as the parser does', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' '), { maxLength: 200 }),
      (parts) => {
        const input = parts.join('');
        const bytes = new TextEncoder().encode(input);
        for (const useWasm of [true, false]) {
          const scanner = new ByteScanner(buildByteAutomaton(['x']), bytes.length + 16, {
            useWasm,
          });
          scanner.data.set(bytes, 0);
          scanner.data[bytes.length] = 0;
          assert.equal(
            1 + scanner.lineStarts(1, bytes.length + 1),
            input.split(/\r\n|\r|\n/).length,
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('the line end finder stops after the first LF, or CR not followed by LF', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' ', 'x'.repeat(20)), {
        maxLength: 100,
      }),
      fc.nat(400),
      fc.nat(400),
      (parts, a, b) => {
        const bytes = new TextEncoder().encode(parts.join(''));
        const [from, to] = [Math.min(a, b, bytes.length), Math.min(Math.max(a, b), bytes.length)];
        let expected = -1;
        for (let p = from; p < to && expected < 0; p++)
          if (bytes[p] === 10 || (bytes[p] === 13 && bytes[p + 1] !== 10)) expected = p + 1;
        for (const useWasm of [true, false]) {
          const scanner = new ByteScanner(buildByteAutomaton(['x']), bytes.length + 16, {
            useWasm,
          });
          scanner.data.set(bytes, 0);
          assert.equal(scanner.lineEnd(from, to), expected);
        }
      },
    ),
    { numRuns: 300 },
  );
});

// Codes written 0x…: WebAssembly reads and counts them itself (byte-scan-wasm.ts's hexHit) and
// tells JavaScript of first occurrences and signatures' codes; what reaches JavaScript as a "0x"
// hit it reads with hexCodeAt. Together they must count what hexCodeAt reads at every "0x".
const CODE_TOKENS = [
  '0x1',
  '0x0',
  '0X2',
  '0x80072EE9',
  '0x80072ee9',
  '0xFFFFFFFF',
  '0x123456789',
  '0x',
  'a0x12',
  '_0x12',
  '0x12g',
  '0x12_',
  '3120 (0x0C30)',
  '3120(0xC30)',
  '3121 (0xC30)',
  'a3120 (0xC30)',
  '16 (0x10)',
  '4294967295 (0xFFFFFFFF)',
  '14294967295 (0xFFFFFFFF)',
  '(0x10)',
  'thread=0x10',
  '<thread=3120 (0xC31)>',
  'THREAD: 0x5',
  'thread id 0x7',
  'fail with 0x80',
];
const CODE_FILLER = [' ', '  ', '\n', '\r', '\r\n', 'ab', '9', '(', ')', 'thread', 'x', '0'];
const SIGNATURE_CODES = [0x80072ee9, 0x1, 0x10, 0xc30, 0x80];

const codeText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...CODE_TOKENS) },
      { weight: 2, arbitrary: fc.constantFrom(...CODE_FILLER) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

interface CodeTally {
  /** value → count and the offset of its first "0x" (from the floor). */
  codes: Map<number, { count: number; first: number }>;
  /** Offsets of the signatures' codes. */
  signatures: number[];
}

function tally(codes: CodeTally['codes'], value: number, at: number, count = 1): void {
  const found = codes.get(value);
  if (!found) codes.set(value, { count, first: at });
  else {
    found.count += count;
    found.first = Math.min(found.first, at);
  }
}

/** hexCodeAt at every "0x" of the bytes (written from `offset`, read from `offset` on). */
function expectedCodes(bytes: Uint8Array, offset: number): CodeTally {
  const data = new Uint8Array(bytes.length + offset + 16);
  data.set(bytes, offset);
  const result: CodeTally = { codes: new Map(), signatures: [] };
  for (let at = offset; at + 1 < offset + bytes.length; at++) {
    if (data[at] !== 48 || (data[at + 1]! | 32) !== 120) continue;
    const value = hexCodeAt(data, at, offset);
    if (value === undefined) continue;
    tally(result.codes, value, at - offset);
    if (SIGNATURE_CODES.includes(value)) result.signatures.push(at - offset);
  }
  return result;
}

/** What the scanner reports, in two scans split at `split`: its code events and table, and hexCodeAt on the "0x" hits it leaves. */
function scannedCodes(
  bytes: Uint8Array,
  offset: number,
  split: number,
  mode: Mode,
  patterns: string[],
): CodeTally {
  const hexPattern = patterns.indexOf('0x');
  const scanner = scannerFor(buildByteAutomaton(patterns), bytes.length + 64, mode, {
    hexPattern,
    signatureCodes: SIGNATURE_CODES,
  });
  scanner.data.set(bytes, offset);
  scanner.data[offset + bytes.length] = 0;
  const result: CodeTally = { codes: new Map(), signatures: [] };
  const firstSeen = new Map<number, number>();
  const onHit = (id: number, end: number): void => {
    if (id !== hexPattern) return;
    const value = hexCodeAt(scanner.data, end - 2, offset);
    if (value === undefined) return;
    tally(result.codes, value, end - 2 - offset);
    if (SIGNATURE_CODES.includes(value)) result.signatures.push(end - 2 - offset);
  };
  const onCode = (value: number, at: number): void => {
    assert.equal(value, hexCodeAt(scanner.data, at, offset), `the code read at ${at - offset}`);
    firstSeen.set(value, Math.min(firstSeen.get(value) ?? Infinity, at - offset));
    if (SIGNATURE_CODES.includes(value)) result.signatures.push(at - offset);
  };
  const takeCounts = () =>
    scanner.takeCodeCounts((value, count) => {
      assert.ok(firstSeen.has(value), `${value} was counted without its first occurrence`);
      tally(result.codes, value, firstSeen.get(value)!, count);
    });
  const at = offset + Math.min(split, bytes.length);
  scanner.scan(offset, at, offset, onHit, onCode);
  // As the stream does between rounds.
  if (scanner.codesCrowded) takeCounts();
  scanner.scan(at, offset + bytes.length, offset, onHit, onCode);
  takeCounts();
  for (const [value, first] of firstSeen) tally(result.codes, value, first, 0);
  result.signatures.sort((a, b) => a - b);
  return result;
}

for (const mode of MODES) {
  test(`codes written 0x… are counted as hexCodeAt reads them (${mode})`, () => {
    fc.assert(
      fc.property(
        codeText,
        fc.nat(3000),
        fc.nat(40),
        fc.boolean(),
        (input, split, offset, withPhrase) => {
          const bytes = new TextEncoder().encode(input);
          // A pattern that ends like "0x" puts both in one state, which WebAssembly leaves to JavaScript.
          const patterns = withPhrase ? ['with 0x', '0x', 'thread'] : ['0x'];
          const expected = expectedCodes(bytes, offset);
          const scanned = scannedCodes(bytes, offset, split, mode, patterns);
          assert.deepEqual([...scanned.codes].sort(), [...expected.codes].sort());
          assert.deepEqual(scanned.signatures, expected.signatures);
        },
      ),
      { numRuns: 500 },
    );
  });
}

test('more distinct codes than the code table takes: the rest are read in JavaScript, counted alike', () => {
  const parts: string[] = [];
  for (let i = 1; i <= 30_000; i++) parts.push(`0x${i.toString(16)} 0x${(i % 97).toString(16)}`);
  const bytes = new TextEncoder().encode(parts.join('\n'));
  const expected = expectedCodes(bytes, 0);
  // Split in the middle, the table is full in both scans (and emptied between them).
  for (const split of [bytes.length >> 1, bytes.length])
    for (const mode of ['prefilter', 'four lanes'] as const)
      assert.deepEqual(
        [...scannedCodes(bytes, 0, split, mode, ['0x']).codes].sort(),
        [...expected.codes].sort(),
      );
});

test('an image made for other patterns, for scans without the prefilter, or damaged, is not used', () => {
  const automaton = buildByteAutomaton(['error', 'fail', '0x']);
  const bytes = new TextEncoder().encode('an Error, a FAIL and 0x1 ');
  const hitsOf = (image: Uint8Array | undefined, prefilter = true) => {
    const scanner = new ByteScanner(automaton, 64, { prefilter, ...(image ? { image } : {}) });
    scanner.data.set(bytes, 0);
    const hits: string[] = [];
    scanner.scan(0, bytes.length, 0, (id, end) => hits.push(`${id}@${end}`));
    return { hits, fromImage: scanner.fromImage };
  };
  const expected = hitsOf(undefined).hits;
  assert.deepEqual(expected, ['0@8', '1@16', '2@23']);
  const own = ByteScanner.image(automaton)!;
  assert.deepEqual(hitsOf(own), { hits: expected, fromImage: true });
  const damaged = [
    ByteScanner.image(buildByteAutomaton(['error', 'fail', '0x', 'another pattern']))!,
    own.subarray(0, own.length - 1),
    Uint8Array.from(own, (b, i) => (i === 0 ? b ^ 1 : b)),
  ];
  for (const image of damaged)
    assert.deepEqual(hitsOf(image), { hits: expected, fromImage: false });
  // Made for scans that read "0x" as codes: its transitions flag that pattern's states.
  const withCodes = ByteScanner.image(automaton, { codes: { hexPattern: 2, signatureCodes: [] } })!;
  assert.deepEqual(hitsOf(withCodes), { hits: expected, fromImage: false });
  assert.deepEqual(hitsOf(own, false), { hits: expected, fromImage: false });
});
