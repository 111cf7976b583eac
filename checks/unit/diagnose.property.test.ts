// Properties of the matcher and the whole engine over thousands of generated inputs: the automaton
// finds exactly what a naive search finds, diagnose() never throws, and its time grows linearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildAutomaton, foldPattern, scan } from '../../src/lib/diagnose/aho-corasick.ts';
import { diagnoseText, matcher } from './support/engine.ts';
import { assertLinear } from './support/linear-time.ts';

/** Every (pattern, end) a naive search finds in the folded text, mapped back to original offsets. */
function naiveHits(patterns: string[], text: string): string[] {
  // Fold the text the way the scanner reads it, remembering where each folded unit came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (/\s/.test(unit)) {
      if (folded.endsWith(' ')) {
        origin[origin.length - 1] = i;
        continue;
      }
      folded += ' ';
    } else {
      const lower = unit.toLowerCase();
      folded += lower.length === 1 ? lower : unit;
    }
    origin.push(i);
  }
  const hits: string[] = [];
  patterns.forEach((p, id) => {
    for (let at = folded.indexOf(p); at !== -1; at = folded.indexOf(p, at + 1))
      hits.push(`${id}@${origin[at + p.length - 1]! + 1}`);
  });
  return hits.sort();
}

const ALPHABET = ['a', 'b', 'A', 'B', ' ', '\t', '\n', 'ア', 'イ', 'İ', 'x'];
const smallText = (max: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((a) => a.join(''));

test('the automaton finds exactly the occurrences a naive folded search finds', () => {
  fc.assert(
    fc.property(
      fc.array(smallText(6), { minLength: 1, maxLength: 8 }),
      smallText(200),
      (raw, text) => {
        const patterns = [...new Set(raw.map(foldPattern).filter((p) => p.length > 0))];
        fc.pre(patterns.length > 0);
        const automaton = buildAutomaton(patterns);
        const hits: string[] = [];
        scan(automaton, text, (id, end) => hits.push(`${id}@${end}`));
        assert.deepEqual(hits.sort(), naiveHits(patterns, text));
      },
    ),
    { numRuns: 800 },
  );
});

/** Fragments of real signatures and log shapes, to build pastes that come close to matching. */
const FRAGMENTS = [
  ...matcher.index.signatures.flatMap((s) => [...s.messages, ...s.context]),
  '0x80004005',
  '0x800703E3',
  '0x2',
  'result:',
  '$$<SMS_AMT_OPERATION_MANAGER><11-19-2009 11:35:01.123+480><thread=3120 (0xC30)>',
  '<![LOG[',
  ']LOG]!>',
  'STATMSG: ID=7217 COMP="SMS_AMT_OPERATION_MANAGER"',
  '\t',
  '\n',
  '  ',
  'Oobconsole',
  '<script>',
  '警告',
];
const pastes = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join(' ')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 20 })
    .map((a) => a.join('')),
);

test('diagnose never throws and always answers in a well-formed shape', () => {
  fc.assert(
    fc.property(
      pastes,
      fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }),
      (text, fileNames) => {
        const result = diagnoseText(text, { fileNames });
        assert.ok(Array.isArray(result.matches));
        for (const m of result.matches) {
          assert.ok(m.confidence === 'strong' || m.confidence === 'possible');
          assert.ok(Number.isFinite(m.score));
          for (const e of m.evidence) assert.ok(e.lineStart >= 1 && e.lineStart <= e.lineEnd);
        }
        if (!text.trim()) assert.equal(result.notice, 'empty');
      },
    ),
    { numRuns: 3000 },
  );
});

test('diagnose time grows linearly with the input, whatever its shape', () => {
  fc.assert(
    fc.property(
      pastes.filter((p) => p.length > 20),
      (unit) => {
        const small = unit.repeat(Math.ceil(20_000 / unit.length));
        assertLinear((text: string) => diagnoseText(text), small, small.repeat(16), 16);
      },
    ),
    { numRuns: 15 },
  );
});
