// The repository builds and tests alone: no tracked file reads or names the reference folder that
// sits beside some checkouts (../shared). Real excerpts the checks use live in checks/fixtures/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// Matches a path into the folder beside the repository, e.g. "../shared/real-logs"
const RE_SHARED_PATH = /\.\.\/shared\b|\.\.\\shared\b/;
const THIS_FILE = 'checks/unit/self-contained.test.ts';

test('no tracked file refers to ../shared', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.length > 100, `${files.length} tracked files`);
  const referring = files.filter(
    (file) =>
      file !== THIS_FILE &&
      !file.endsWith('.png') &&
      RE_SHARED_PATH.test(readFileSync(file, 'latin1')),
  );
  assert.deepEqual(referring, []);
});
