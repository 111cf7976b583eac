// Real excerpts from public sources (checks/fixtures/real-logs): only those whose header points to one
// of our articles may give a strong match, and then only to that article.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { diagnoseText } from './support/engine.ts';

const DIR = 'checks/fixtures/real-logs';
// The one positive excerpt, by the "POINTS TO" line of its header.
const POSITIVE: Record<string, string> = {
  '001-oobconsole-xp-sp2-winhttp-0x80072EE9.txt': 'console-on-xp-sp2-or-server-2003-sp1',
};

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /^\d{3}-.*\.txt$/.test(f)) : [];

test('the real excerpts are present in the fixtures', () => {
  assert.ok(files.length >= 13, `expected the excerpts in ${DIR}`);
});

for (const file of files) {
  test(`${file} gives ${POSITIVE[file] ? `a strong match to ${POSITIVE[file]} only` : 'no strong match'}`, () => {
    const body = readFileSync(`${DIR}/${file}`, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    const strong = diagnoseText(body)
      .matches.filter((m) => m.confidence === 'strong')
      .map((m) => m.slug);
    assert.deepEqual(strong, POSITIVE[file] ? [POSITIVE[file]] : []);
  });
}
