// The repository builds and tests alone: no tracked file reads or names the reference folder that
// sits beside some checkouts (the sibling folder "shared"). Real excerpts the checks use live in
// checks/fixtures/. This check reads only the repository's own tracked files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// Matches a path into the sibling folder, e.g. "..", a slash and "shared/real-logs"; built from its
// parts so that this file does not name the path itself.
const RE_SHARED_PATH = new RegExp(String.raw`\.\.[/\\]` + 'shared' + String.raw`\b`);

test('no tracked file refers to the sibling reference folder', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.length > 100, `${files.length} tracked files`);
  const referring = files.filter(
    (file) => !file.endsWith('.png') && RE_SHARED_PATH.test(readFileSync(file, 'latin1')),
  );
  assert.deepEqual(referring, []);
});
