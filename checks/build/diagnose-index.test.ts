// One content reader, one index: the index the site ships (dist/diagnose-index.json, compiled from
// Astro's collections) is the index the CLI compiles from content/, value for value.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';

test('dist/diagnose-index.json equals the index the CLI compiles from content/', () => {
  const shipped: unknown = JSON.parse(readFileSync('dist/diagnose-index.json', 'utf8'));
  const compiled: unknown = JSON.parse(JSON.stringify(loadIndexFromContent('content')));
  assert.deepStrictEqual(shipped, compiled);
});
