// `oobkb timeline`: entries of several files in the order they happened, by each file's own
// offset, with file and line; errors and warnings unless --all; --json.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TimelineJson } from '../../src/cli/timeline-command.ts';
import { cmtraceLine, makeTree, runCli, smsLine } from './support/cli.ts';

/** A console in UTC-08:00 (bias +480), a site server in UTC+09:00 (bias -540), and a viewer copy without an offset. */
const tree = () =>
  makeTree({
    'console/Oobconsole.log': [
      smsLine('Connecting to amt-pc01', '11-19-2009 11:35:00.000+480'), // 19:35:00Z
      smsLine('GetAMTPowerState fail with result:0x80072EE9', '11-19-2009 11:35:10.000+480'), // 19:35:10Z
    ].join('\n'),
    'server/smsts.log': [
      cmtraceLine(
        'Failed to read client identity (Code 0x80004005)',
        '04:35:05.000-540',
        '11-20-2009',
        3,
      ), // 19:35:05Z
      cmtraceLine('Retrying', '04:35:06.000-540', '11-20-2009', 2), // 19:35:06Z
    ].join('\n'),
    'copy.txt':
      'Error: viewer row\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:08 AM\t3120 (0x0C30)\n', // local: 19:35:08Z at +480
  });

/** The two folders, and the viewer copy named outright (a folder gives only *.log and *.lo_ files). */
const inputs = (root: string) => [
  join(root, 'console'),
  join(root, 'server'),
  join(root, 'copy.txt'),
];

const timeline = (args: string[]) => {
  const { code, stdout, stderr } = runCli(['timeline', ...args, '--json']);
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as TimelineJson;
};

test('orders entries of files in two offsets by their UTC time, not by the clock they write', () => {
  const root = tree();
  const json = timeline([...inputs(root), '--all']);
  assert.deepEqual(
    json.timeline.map((e) => [e.file.slice(root.length + 1), e.line, e.time, e.utc]),
    [
      ['console/Oobconsole.log', 1, '2009-11-19T11:35:00.000-08:00', '2009-11-19T19:35:00.000Z'],
      ['server/smsts.log', 1, '2009-11-20T04:35:05.000+09:00', '2009-11-19T19:35:05.000Z'],
      ['server/smsts.log', 2, '2009-11-20T04:35:06.000+09:00', '2009-11-19T19:35:06.000Z'],
      ['copy.txt', 1, '2009-11-19T11:35:08.000', '2009-11-19T19:35:08.000Z'],
      ['console/Oobconsole.log', 2, '2009-11-19T11:35:10.000-08:00', '2009-11-19T19:35:10.000Z'],
    ],
  );
  assert.deepEqual(
    json.timeline.map((e) => e.placed),
    ['own', 'own', 'own', 'assumed-offset', 'own'],
  );
  assert.equal(json.localBias, 480);
  assert.equal(json.localBiasFrom, 'logs');
});

test('shows errors and warnings only, unless --all', () => {
  const json = timeline(inputs(tree()));
  assert.deepEqual(
    json.timeline.map((e) => e.severity),
    ['error', 'warning', 'error', 'error'],
  );
  assert.equal(json.entries, 5);
  assert.equal(json.shown, 4);
});

test('--local-bias places times without an offset', () => {
  const json = timeline([...inputs(tree()), '--all', '--local-bias', '-540']);
  // 11:35:08 at UTC+09:00 is 02:35:08Z, before every other entry.
  assert.equal(json.timeline[0]!.file.endsWith('copy.txt'), true);
  assert.equal(json.timeline[0]!.utc, '2009-11-19T02:35:08.000Z');
  assert.equal(json.localBiasFrom, 'given');
});

test('--since and --until keep a window of the merged timeline', () => {
  const json = timeline([
    ...inputs(tree()),
    '--all',
    '--since',
    '2009-11-19T19:35:05Z',
    '--until',
    '2009-11-19T19:35:08Z',
  ]);
  assert.deepEqual(
    json.timeline.map((e) => e.utc),
    ['2009-11-19T19:35:05.000Z', '2009-11-19T19:35:06.000Z', '2009-11-19T19:35:08.000Z'],
  );
});

test('prints each entry with its time as written, severity, file and line', () => {
  const root = tree();
  const { stdout } = runCli(['timeline', ...inputs(root)]);
  const lines = stdout.trim().split('\n');
  assert.match(
    lines[0]!,
    /^5 entries of 3 files in time order: 4 shown \(errors and warnings; --all shows every entry\)$/,
  );
  assert.match(
    lines[1]!,
    /Times without an offset \("local"\) are placed as local time at UTC-08:00 \(the offset the other logs state most\)/,
  );
  assert.equal(
    lines[3],
    `2009-11-20 04:35:05.000 +09:00  error    ${join(root, 'server/smsts.log')}:1  Oobconsole  Failed to read client identity (Code 0x80004005)`,
  );
  assert.match(
    lines[5]!,
    /^2009-11-19 11:35:08\.000 local {3}error {4}.*copy\.txt:1 {2}SMS_AMT_OPERATION_MANAGER {2}Error: viewer row$/,
  );
});
