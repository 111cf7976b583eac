// Every sample and near miss in facts.yaml says where it comes from: a named source (the ConfigMgr
// documentation, a collected real excerpt real-logs/NNN, a URL), or the mark "illustrative:".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatProblems } from '../../src/lib/content/integrity.ts';
import { provenanceProblem, provenanceProblems } from '../../src/lib/content/sample-provenance.ts';

const ARTICLES = 'content/articles';
const REAL_LOGS = 'checks/fixtures/real-logs';

/** The text of a collected real excerpt by its number, e.g. "007". */
function realLog(id: string): string | undefined {
  const file = readdirSync(REAL_LOGS).find((f) => f.startsWith(`${id}-`));
  return file && readFileSync(join(REAL_LOGS, file), 'utf8');
}

test('every sample and near miss names its source or is marked illustrative', () => {
  const problems = readdirSync(ARTICLES).flatMap((slug) => {
    const file = join(ARTICLES, slug, 'facts.yaml');
    return provenanceProblems(file, readFileSync(file, 'utf8'), realLog);
  });
  assert.equal(formatProblems(problems), '');
});

/** Comments the rule accepts or refuses, one per row. */
const cases: [comment: string, text: string, ok: boolean, why: string][] = [
  ['illustrative: Trace32 copy, columns separated by tabs.', 'x\tOobconsole', true, 'marked invented'],
  ['The line as the ConfigMgr documentation quotes it (message text only).', 'GetAMTPowerState fail with result:0x80072EE9', true, 'names the documentation'],
  ['A real smsts.log line (real-logs/007).', 'Failed to read client identity (Code 0x80004005)', true, 'names a real excerpt that holds it'],
  ['A real smsts.log line (real-logs/007).', 'Failed to read the client identity', false, 'the excerpt does not hold it'],
  ['A real line (real-logs/999).', 'anything', false, 'no such excerpt'],
  ['Trace32 copy (date and time are illustrative; thread as in the documentation).', 'x', false, 'invented in part but not marked'],
  ['Lower-case code, spaces after the colon.', 'x', false, 'names no source'],
  ['', 'x', false, 'no comment at all'],
];

for (const [comment, text, ok, why] of cases) {
  test(`provenance of a line commented ${JSON.stringify(comment.slice(0, 40))} is ${ok ? 'accepted' : 'refused'} (${why})`, () => {
    assert.equal(provenanceProblem({ at: 'samples[0]', text, comment }, realLog) === undefined, ok);
  });
}

test('reads the comment above the first item of a list too', () => {
  const yaml = "signatures:\n  - id: x\n    samples:\n      # illustrative: first\n      - 'a'\n      - 'b'\n    nearMisses:\n      # The documentation's line.\n      - 'c'\n";
  assert.deepEqual(provenanceProblems('f.yaml', yaml, realLog).map((p) => p.field), ['signatures[0].samples[1]']);
});
