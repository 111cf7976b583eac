// Fixture logs in every format, each with its expected result beside it (<name>.expected.json).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import { diagnoseText } from './support/engine.ts';

const DIR = 'checks/fixtures/logs';
interface Expected {
  top?: string;
  confidence?: 'strong' | 'possible';
  evidenceLines?: number[];
  noStrong?: boolean;
}

const fixtures = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'));

test('there is a fixture for every input format', () => {
  assert.ok(fixtures.length >= 12);
});

for (const file of fixtures) {
  test(`diagnoses ${file} as expected`, () => {
    const expected = JSON.parse(
      readFileSync(`${DIR}/${file.replace(/\.[^.]+$/, '')}.expected.json`, 'utf8'),
    ) as Expected;
    const { text } = decodeLogBytes(new Uint8Array(readFileSync(`${DIR}/${file}`)));
    const { matches } = diagnoseText(text, { fileNames: [file] });
    if (expected.noStrong) {
      assert.deepEqual(
        matches.filter((m) => m.confidence === 'strong').map((m) => m.slug),
        [],
      );
      return;
    }
    assert.equal(matches[0]?.slug, expected.top);
    assert.equal(matches[0]?.confidence, expected.confidence);
    if (expected.evidenceLines)
      assert.deepEqual(
        [...new Set(matches[0]!.evidence.map((e) => e.lineStart))],
        expected.evidenceLines,
      );
  });
}
