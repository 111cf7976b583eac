// The byte automaton, scanned in four WebAssembly lanes or in JavaScript, finds exactly what the
// text automaton finds: every pattern at every place, whatever the letter case, the white space
// runs (ASCII), Japanese text, and where a scan is split (lanes, rounds).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildAutomaton, foldPattern, scan } from '../../src/lib/diagnose/aho-corasick.ts';
import { buildByteAutomaton } from '../../src/lib/diagnose/byte-automaton.ts';
import { ByteScanner } from '../../src/lib/diagnose/byte-scanner.ts';

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

/** Byte scanner hits, the input written at `offset` and scanned in two parts split at `split`. */
function byteHits(patterns: string[], input: string, useWasm: boolean, split: number): string[] {
  const bytes = new TextEncoder().encode(input);
  const scanner = new ByteScanner(buildByteAutomaton(patterns), bytes.length + 64, useWasm);
  const offset = 5;
  scanner.data.set(bytes, offset);
  const hits: string[] = [];
  const at = offset + Math.min(split, bytes.length);
  scanner.scan(offset, at, offset, (id, end) => hits.push(`${id}@${end - offset}`));
  scanner.scan(at, offset + bytes.length, offset, (id, end) => hits.push(`${id}@${end - offset}`));
  return hits;
}

for (const useWasm of [true, false]) {
  test(`byte hits equal text hits (${useWasm ? 'WebAssembly, four lanes' : 'JavaScript'})`, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pattern, { minLength: 1, maxLength: 6 }),
        text,
        fc.nat(2000),
        (patterns, input, split) => {
          const expected = textHits(patterns, input).sort();
          assert.deepEqual(byteHits(patterns, input, useWasm, split).sort(), expected);
        },
      ),
      { numRuns: 300 },
    );
  });
}

test('the line counter counts LF, CRLF and lone CR line breaks as the parser does', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' '), { maxLength: 200 }),
      (parts) => {
        const input = parts.join('');
        const bytes = new TextEncoder().encode(input);
        for (const useWasm of [true, false]) {
          const scanner = new ByteScanner(buildByteAutomaton(['x']), bytes.length + 16, useWasm);
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
