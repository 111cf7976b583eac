// How the CLI reads one file and shows progress: a file that changes while it is read (a live log
// that grows is read as opened; one cut or rewritten is skipped), and the progress line, which
// appears only on a terminal and only after about a second.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Progress } from '../../src/cli/progress.ts';
import { readLogFile } from '../../src/cli/read-file.ts';

const TEXT = 'GetAMTPowerState fail with result:0x80072EE9\n';

function logFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oobkb-read-')), 'Oobconsole.log');
  writeFileSync(path, TEXT);
  utimesSync(path, new Date('2009-11-19T11:35:00Z'), new Date('2009-11-19T11:35:00Z'));
  return path;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('reads an unchanged file without a note', () => {
  const read = readLogFile(logFile());
  assert.ok('bytes' in read);
  assert.equal(text(read.bytes), TEXT);
  assert.equal(read.note, undefined);
});

test('reads a file that grows while it is read as it was when opened, with a note', () => {
  const path = logFile();
  const read = readLogFile(path, { afterRead: () => appendFileSync(path, 'Disconnected.\n') });
  assert.ok('bytes' in read);
  assert.equal(text(read.bytes), TEXT);
  assert.match(
    read.note ?? '',
    /^grew while it was read; diagnosed as it was when opened \(45 bytes\)$/,
  );
});

test('skips a file that is cut or rewritten while it is read', () => {
  const cut = logFile();
  assert.deepEqual(readLogFile(cut, { afterRead: () => truncateSync(cut, 10) }), {
    error: 'changed while it was read (it got shorter), skipped',
  });
  const rewritten = logFile();
  const rewrite = () => {
    writeFileSync(rewritten, TEXT.toUpperCase());
    utimesSync(rewritten, new Date(), new Date());
  };
  assert.deepEqual(readLogFile(rewritten, { afterRead: rewrite }), {
    error: 'changed while it was read (rewritten), skipped',
  });
});

test('says why a file cannot be read', () => {
  assert.deepEqual(readLogFile(join(tmpdir(), 'oobkb-no-such-file.log')), {
    error: 'cannot read: no such file',
  });
  assert.deepEqual(readLogFile(tmpdir()), { error: 'cannot read: is a folder' });
});

/** A terminal (or a pipe) and a clock the check moves. */
function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const progress = new Progress({ isTTY, write: (t: string) => written.push(t) }, () => now);
  return { written, progress, advance: (ms: number) => (now += ms) };
}

test('shows progress on a terminal only after about a second, at most ten times a second, and clears it', () => {
  const { written, progress, advance } = fakeTerminal(true);
  progress.update('reading 1/3 files');
  assert.deepEqual(written, []);
  advance(1000);
  progress.update('reading 2/3 files');
  advance(50);
  progress.update('reading 3/3 files');
  assert.deepEqual(written, ['\r\x1b[Kreading 2/3 files']);
  // Work expected to take long shows at once.
  progress.done();
  assert.equal(written.at(-1), '\r\x1b[K');
  const soon = fakeTerminal(true);
  soon.progress.update('diagnosing 120 MB', 6000);
  assert.deepEqual(soon.written, ['\r\x1b[Kdiagnosing 120 MB']);
});

test('never shows progress when stderr is not a terminal', () => {
  const { written, progress, advance } = fakeTerminal(false);
  advance(5000);
  progress.update('reading', 9000);
  progress.done();
  assert.deepEqual(written, []);
});
