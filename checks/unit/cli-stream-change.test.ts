// A large file (streamed) that changes while it is read: one that grows is diagnosed as it was
// when opened, with a note; one that is cut is diagnosed as far as it was read, and said to be an
// error; either way the other files are still diagnosed, their lines in their own numbering.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectInputs } from '../../src/cli/collect-inputs.ts';
import { Progress } from '../../src/cli/progress.ts';
import { streamInputs } from '../../src/cli/stream-inputs.ts';
import { STREAM_FROM_BYTES } from '../../src/lib/diagnose/stream-stats.ts';
import { streamMatcher } from './support/stream.ts';

const FILLER =
  'Auto-worker thread is waiting for next task  $$<Oobconsole><11-19-2009 03:00:00.276+480><thread=3120 (0xC30)>\n';
const EVIDENCE =
  'GetAMTPowerState fail with result:0x80072EE9  $$<Oobconsole><11-19-2009 03:00:01.000+480><thread=3120 (0xC30)>\n';
const XP_SP2 = 'console-on-xp-sp2-or-server-2003-sp1';

/** A folder with a large Oobconsole.log (evidence on its first line) and a small second log. */
function folder(): { dir: string; large: string; small: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-stream-change-'));
  const large = join(dir, 'Oobconsole.log');
  const lines = Math.ceil(STREAM_FROM_BYTES / FILLER.length) + 10;
  writeFileSync(large, EVIDENCE + FILLER.repeat(lines));
  const small = join(dir, 'Oobconsole-2.lo_');
  writeFileSync(small, FILLER + EVIDENCE);
  return { dir, large, small };
}

const quiet = () => new Progress({ isTTY: false, write: () => true });

test('a streamed file that grows while it is read is diagnosed as opened, with a note', () => {
  const { dir, large } = folder();
  const streamed = streamInputs(collectInputs([dir]), streamMatcher, quiet(), {
    afterFirstRead: (path) => path === large && appendFileSync(large, EVIDENCE.repeat(1000)),
  });
  const note = streamed.problems.find((p) => p.path === large);
  assert.match(
    note?.message ?? '',
    /^grew while it was read; diagnosed as it was when opened \(\d+ bytes\)$/,
  );
  assert.equal(note?.error, false);
  const top = streamed.diagnosis.matches[0];
  assert.equal(top?.slug, XP_SP2);
  // The appended evidence was not read: the first file's line 1 and the second file's line 2.
  assert.equal(top?.occurrences, 2);
  assert.deepEqual(
    streamed.spans.map((s) => s.name).sort(),
    [large, join(dir, 'Oobconsole-2.lo_')].sort(),
  );
});

test('a streamed file cut while it is read is an error, and the others are still diagnosed', () => {
  const { dir, large, small } = folder();
  const streamed = streamInputs(collectInputs([dir]), streamMatcher, quiet(), {
    afterFirstRead: (path) => path === large && truncateSync(large, 4096),
  });
  const problem = streamed.problems.find((p) => p.path === large);
  assert.equal(
    problem?.message,
    'changed while it was read (it got shorter); diagnosed as it was read',
  );
  assert.equal(problem?.error, true);
  assert.equal(streamed.diagnosis.matches[0]?.slug, XP_SP2);
  const second = streamed.spans.find((s) => s.name === small);
  assert.ok(second, 'the second file is diagnosed and placed after the first');
  const lines = streamed.diagnosis.matches[0].evidence.map((e) => e.lineStart);
  assert.ok(
    lines.includes(second.firstLine + 1),
    `its evidence is its line 2: ${lines.join(', ')}`,
  );
});
