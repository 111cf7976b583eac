// Memory stays flat while a log streams: 400 MB take no more peak memory than 100 MB (beyond a
// few megabytes of evidence), and both stay under 256 MB, the budget for a small VM.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

const CHILD = 'checks/unit/support/stream-memory-child.ts';
const MB = 1024 * 1024;

function streamed(megabytes: number) {
  const out = execFileSync(process.execPath, [CHILD, String(megabytes)], { encoding: 'utf8' });
  return JSON.parse(out) as { maxRssKb: number; bytes: number; top: string; occurrences: number };
}

test('peak memory does not grow with the input, and stays under 256 MB', () => {
  const small = streamed(100);
  const large = streamed(400);
  assert.equal(large.bytes, 4 * small.bytes, 'every byte was read');
  assert.ok(large.bytes > 390 * MB);
  assert.equal(small.top, 'another-console-connected');
  assert.equal(large.top, 'another-console-connected');
  assert.equal(large.occurrences, 4 * small.occurrences, 'every piece’s evidence line was found');
  assert.ok(large.maxRssKb < 256 * 1024, `peak ${Math.round(large.maxRssKb / 1024)} MB`);
  const growth = (large.maxRssKb - small.maxRssKb) / 1024;
  assert.ok(growth < 24, `4× the input took ${growth.toFixed(1)} MB more at peak`);
});
