// The widget's views of several files in time (src/lib/diagnose-worker/file-timeline.ts,
// merged-table.ts, time-strip.ts): the parsed-log table merges the files by UTC instant as
// `oobkb timeline` does, and the strip counts each file's errors and warnings in parts of the span
// and places the evidence of the matched articles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileStarts, splitByFile } from '../../src/lib/diagnose-worker/file-timeline.ts';
import { STRIP_BINS, type ReadFile } from '../../src/lib/diagnose-worker/protocol.ts';
import { timedViews } from '../../src/lib/diagnose-worker/timed-views.ts';
import { binOf, spanFraction } from '../../src/lib/diagnose-worker/time-strip.ts';
import { logTable, pageWords } from '../../src/lib/diagnose-worker/widget-result.ts';
import { smsLine } from './support/cli.ts';
import { diagnoseText, matcher } from './support/engine.ts';

const XP_SP2 = 'console-on-xp-sp2-or-server-2003-sp1';
const IDER = 'ider-fails-without-local-admin';

/** Two consoles' logs whose clocks disagree with their order (checks/fixtures/timeline/). */
const fixture = (name: string) => readFileSync(`checks/fixtures/timeline/${name}`, 'utf8');
/**
 * UTC-09:00 (SMS trace bias +540): 10:00:00, 10:00:20 (GetAMTPowerState error), 10:00:40 on the
 * 19th, i.e. 19:00:00Z, 19:00:20Z, 19:00:40Z.
 */
const SMS_FILE = fixture('Oobconsole-utc-0900.log');
/**
 * UTC+08:00 (CMTrace offset -480): 03:00:10 and 03:00:30 (the IDE redirection error, two physical
 * lines) on the 20th, i.e. 19:00:10Z and 19:00:30Z: by the clock written, after all of the other.
 */
const CMTRACE_FILE = fixture('ider-utc+0800.log');

const file = (name: string, text: string): ReadFile & { text: string } => ({
  name,
  text,
  encoding: 'utf-8',
  bytes: text.length,
  lines: text.split('\n').length,
});

/** The worker's timed views of files diagnosed together, as it joins them. */
function viewsOf(files: (ReadFile & { text: string })[]) {
  const diagnosis = diagnoseText(files.map((f) => f.text).join('\n'), {
    fileNames: files.map((f) => f.name),
  });
  return {
    diagnosis,
    ...timedViews(diagnosis, files, pageWords(matcher.index, 'en').titles),
  };
}

const TWO_FILES = () => viewsOf([file('Oobconsole.log', SMS_FILE), file('ider.log', CMTRACE_FILE)]);

test('merges two files by UTC instant, not by the clock each writes, each row naming its file and its own line', () => {
  const { table } = TWO_FILES();
  assert.deepEqual(
    table.all.map((r) => [r.file, r.line, r.time]),
    [
      ['Oobconsole.log', 1, '11-19-2009 10:00:00.000+540'],
      ['ider.log', 1, '11-20-2009 03:00:10.000-480'],
      ['Oobconsole.log', 2, '11-19-2009 10:00:20.000+540'],
      ['ider.log', 2, '11-20-2009 03:00:30.000-480'],
      ['Oobconsole.log', 3, '11-19-2009 10:00:40.000+540'],
    ],
  );
  assert.equal(table.entries, 5);
  assert.deepEqual(
    table.problems.map((r) => [r.file, r.line, r.severity]),
    [
      ['Oobconsole.log', 2, 'error'],
      ['ider.log', 2, 'error'],
    ],
  );
  assert.equal(table.problemCount, 2);
});

test('keeps one file in its own order, without a file column, as before', () => {
  // The clock goes back in the middle of the file: the table still follows the file.
  const text = [
    smsLine('Connecting to amt-pc01', '11-19-2009 10:00:40.000+540'),
    smsLine('GetAMTPowerState fail with result:0x80072EE9', '11-19-2009 10:00:00.000+540'),
  ].join('\n');
  const { table, diagnosis } = viewsOf([file('Oobconsole.log', text)]);
  assert.deepEqual(table, logTable(diagnosis.entries));
  assert.ok(table.all.every((r) => r.file === undefined));
  assert.deepEqual(
    table.all.map((r) => r.line),
    [1, 2],
  );
});

test('places a line without a time after its file’s previous entry, and a file with no time last', () => {
  const withBare = [
    smsLine('Connecting to amt-pc01', '11-19-2009 10:00:00.000+540'), // 19:00:00Z
    'a line the console wrote without a trailer',
    smsLine('Disconnected.', '11-19-2009 10:00:40.000+540'), // 19:00:40Z
  ].join('\n');
  const { table } = viewsOf([
    file('notes.txt', 'first note\nsecond note'),
    file('Oobconsole.log', withBare),
    file('ider.log', CMTRACE_FILE),
  ]);
  assert.deepEqual(
    table.all.map((r) => [r.file, r.line]),
    [
      ['Oobconsole.log', 1],
      ['Oobconsole.log', 2],
      ['ider.log', 1],
      ['ider.log', 2],
      ['Oobconsole.log', 3],
      ['notes.txt', 1],
      ['notes.txt', 2],
    ],
  );
});

test('finds where each file starts in the joined text and gives each entry to its file', () => {
  assert.deepEqual(fileStarts([3, 1, 4]), [1, 4, 5]);
  const entries = [1, 3, 4, 5, 8].map((lineStart) => ({ lineStart }));
  assert.deepEqual(
    splitByFile(entries as never, [1, 4, 5]).map((list) =>
      list.map((e: { lineStart: number }) => e.lineStart),
    ),
    [[1, 3], [4], [5, 8]],
  );
});

test('the strip spans all files in the offset most of them state, a row per file with its counts and evidence', () => {
  const { strip } = TWO_FILES();
  assert.ok(strip);
  // 19:00:00Z to 19:00:40Z, written at UTC-09:00 (three entries state +540, two -480).
  assert.equal(strip.from, '2009-11-19 10:00:00');
  assert.equal(strip.to, '2009-11-19 10:00:40');
  assert.equal(strip.offset, 'UTC-09:00');
  assert.equal(strip.assumed, false);
  assert.deepEqual(
    strip.rows.map((r) => [r.name, r.timed, r.errorCount, r.warningCount]),
    [
      ['Oobconsole.log', 3, 1, 0],
      ['ider.log', 2, 1, 0],
    ],
  );
  // The console's error at 19:00:20Z is half-way through the span; the IDE one at 19:00:30Z three quarters.
  const errorBins = strip.rows.map((r) => r.errors.flatMap((n, i) => (n ? [[i, n]] : [])));
  assert.deepEqual(errorBins, [[[STRIP_BINS / 2, 1]], [[(STRIP_BINS * 3) / 4, 1]]]);
  assert.ok(strip.rows.every((r) => r.errors.length === STRIP_BINS && r.warnings.every((n) => !n)));
  assert.equal(strip.peak, 1);
  const [console, ider] = strip.rows;
  assert.ok(
    console!.marks.some(
      (m) => m.slug === XP_SP2 && m.at === 0.5 && m.line === 2 && m.time === '2009-11-19 10:00:20',
    ),
    JSON.stringify(console!.marks),
  );
  assert.deepEqual(
    ider!.marks.map((m) => [m.slug, m.at, m.line, m.time]),
    [[IDER, 0.75, 2, '2009-11-19 10:00:30']],
  );
  assert.match(ider!.marks[0]!.title, /^IDE redirection fails/);
});

test('the strip says when a time without an offset was placed at the one the other logs state', () => {
  const viewer =
    'Error: viewer row\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 10:00:30 AM\t3120 (0x0C30)\n';
  const { strip } = viewsOf([file('Oobconsole.log', SMS_FILE), file('copy.txt', viewer)]);
  assert.equal(strip?.offset, 'UTC-09:00');
  assert.equal(strip?.assumed, true);
  assert.equal(strip?.rows[1]?.errors[(STRIP_BINS * 3) / 4], 1);
});

test('there is no strip when no entry has a time, and local times stand as written when no log states an offset', () => {
  assert.equal(viewsOf([file('a.txt', 'one\ntwo'), file('b.txt', 'three')]).strip, undefined);
  const viewer =
    'Error: viewer row\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 10:00:30 AM\t3120 (0x0C30)';
  const { strip } = viewsOf([file('copy.txt', viewer)]);
  assert.equal(strip?.offset, undefined);
  assert.equal(strip?.from, '2009-11-19 10:00:30');
  assert.equal(strip?.to, strip?.from);
  assert.equal(strip?.rows[0]?.name, 'copy.txt');
});

test('a pasted text is one row without a name', () => {
  const diagnosis = diagnoseText(SMS_FILE);
  const { strip, table } = timedViews(diagnosis, [], pageWords(matcher.index, 'ja').titles);
  assert.deepEqual(
    strip?.rows.map((r) => [r.name, r.timed, r.errorCount]),
    [['', 3, 1]],
  );
  assert.deepEqual(table, logTable(diagnosis.entries));
});

test('bins cut the span into equal parts, its end in the last one, and a single instant in the middle', () => {
  const CASES: [number, number, number, number][] = [
    // instant, start, end → bin of 48
    [0, 0, 100, 0],
    [100, 0, 100, STRIP_BINS - 1],
    [50, 0, 100, STRIP_BINS / 2],
    [49.9, 0, 100, STRIP_BINS / 2 - 1],
    [7, 7, 7, STRIP_BINS / 2],
  ];
  for (const [instant, start, end, bin] of CASES)
    assert.equal(binOf(spanFraction(instant, start, end)), bin, `${instant} in ${start}…${end}`);
  assert.equal(binOf(-0.1), 0);
  assert.equal(binOf(1.5), STRIP_BINS - 1);
});
