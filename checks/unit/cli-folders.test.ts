// `oobkb diagnose` and `oobkb timeline` on folders, as an administrator points them at a Logs
// folder: nested folders, rotated names, binary and other files skipped and counted, empty and
// unreadable files and folders, link loops, standard input beside a folder, --since/--until.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { CLI_STREAM_FROM_BYTES } from '../../src/cli/collect-inputs.ts';
import type { JsonReport } from '../../src/cli/report.ts';
import { makeTree, runCli, smsLine } from './support/cli.ts';

const ZIP = new Uint8Array([
  0x50,
  0x4b,
  0x03,
  0x04,
  ...Array.from({ length: 4000 }, (_, i) => (i * 7) % 256),
]);
const XP_LINE = smsLine(
  'GetAMTPowerState fail with result:0x80072EE9',
  '11-19-2009 11:35:01.123+480',
);
const IPV6_MESSAGE =
  'Warning: IPv6 before IPv4. Run "netsh interface ipv6 add prefix prefix=::ffff:0:0/96 precedence=45 label=4".';
const IPV6_LINE = smsLine(IPV6_MESSAGE, '11-19-2009 11:36:00.000+480', 'SMS_AMT_OPERATION_MANAGER');

/** A site server's Logs folder and a console's AdminUILog folder, with what else such folders hold. */
const logsTree = () =>
  makeTree({
    'Logs/amtopmgr.lo_': `${smsLine('Discovery started', '11-19-2009 11:30:00.000+480', 'SMS_AMT_OPERATION_MANAGER')}\n${IPV6_LINE}\n`,
    'Logs/amtopmgr-20091119-113501.log': `${smsLine('Provisioning started', '11-19-2009 11:31:00.000+480', 'SMS_AMT_OPERATION_MANAGER')}\n`,
    'Logs/empty.log': '',
    'Logs/crash.log': ZIP,
    'Logs/readme.txt': 'not a log',
    'Logs/data.csv': 'a,b',
    'AdminUI/AdminUILog/deeper/Oobconsole.log': `Connecting to amt-pc01\n${XP_LINE}\n`,
  });

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

test('diagnoses nested folders and rotated names together, each evidence line naming its file', () => {
  const root = logsTree();
  const { code, stdout, stderr } = runCli(['diagnose', root, '--json']);
  assert.equal(code, 0, stderr);
  const report = json(stdout);
  assert.deepEqual(report.files.map((f) => f.slice(root.length + 1)).sort(), [
    'AdminUI/AdminUILog/deeper/Oobconsole.log',
    'Logs/amtopmgr-20091119-113501.log',
    'Logs/amtopmgr.lo_',
    'Logs/empty.log',
  ]);
  const xp = report.matches.find((m) => m.slug === 'console-on-xp-sp2-or-server-2003-sp1');
  assert.deepEqual(
    xp?.evidence.map((e) => [e.file.slice(root.length + 1), e.line]),
    [['AdminUI/AdminUILog/deeper/Oobconsole.log', 2]],
  );
  const ipv6 = report.matches.find((m) => m.slug === 'ipv6-slow-response');
  assert.deepEqual(
    ipv6?.evidence.map((e) => [e.file.slice(root.length + 1), e.line]),
    [['Logs/amtopmgr.lo_', 2]],
  );
  // readme.txt and data.csv are not logs by name; crash.log is binary.
  assert.deepEqual(report.skipped, { other: 2, binary: 1 });
  assert.equal(stderr, '');
});

test('says how many files it skipped in the human report', () => {
  const { stdout } = runCli(['diagnose', logsTree()]);
  assert.match(stdout.split('\n')[0]!, /^4 files \(/);
  assert.match(stdout, /skipped in folders: 2 other files, 1 binary/);
});

test('reads standard input beside a folder', () => {
  const root = makeTree({ 'Logs/amtopmgr.log': `${IPV6_LINE}\n` });
  const report = json(
    runCli(['diagnose', '-', join(root, 'Logs'), '--json'], { input: `${XP_LINE}\n` }).stdout,
  );
  assert.deepEqual(
    report.files.map((f) => f.replace(root, '')),
    ['stdin', '/Logs/amtopmgr.log'],
  );
  const strong = report.matches.filter((m) => m.confidence === 'strong');
  assert.deepEqual(strong.map((m) => [m.slug, m.evidence[0]!.file.replace(root, '')]).sort(), [
    ['console-on-xp-sp2-or-server-2003-sp1', 'stdin'],
    ['ipv6-slow-response', '/Logs/amtopmgr.log'],
  ]);
});

test('refuses an empty folder, a folder without logs and one of binary logs only, with exit 2', () => {
  const root = makeTree({ 'Other/notes.txt': 'x', 'Binary/crash.log': ZIP });
  mkdirSync(join(root, 'Empty'));
  for (const [folder, message] of [
    ['Empty', /Empty: no \.log or \.lo_ files in this folder$/m],
    ['Other', /Other: no \.log or \.lo_ files in this folder \(1 other file skipped\)/],
    ['Binary', /Binary: nothing to diagnose \(1 binary file skipped\)/],
  ] as const) {
    const { code, stderr } = runCli(['diagnose', join(root, folder)]);
    assert.equal(code, 2, folder);
    assert.match(stderr, message);
    assert.match(stderr, /nothing to diagnose/);
  }
});

test('follows links once: a loop is one line on stderr and the rest is diagnosed', () => {
  const root = makeTree({ 'Logs/Oobconsole.log': `${XP_LINE}\n` });
  symlinkSync('..', join(root, 'Logs', 'parent'));
  symlinkSync('self.log', join(root, 'Logs', 'self.log'));
  symlinkSync('Oobconsole.log', join(root, 'Logs', 'same.log'));
  const { code, stdout, stderr } = runCli(['diagnose', root, '--json']);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /parent: symbolic link loop \(leads back to .*\), not followed/);
  assert.match(stderr, /self\.log: symbolic link loop, skipped/);
  // The same file reached by a second name is read once.
  assert.equal(json(stdout).files.length, 1);
  assert.equal(stderr.trim().split('\n').length, 2);
});

/** The first folder above the checkout that users other than its owner cannot enter, if any. */
function closedToOthers(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** Runs a check of unreadable inputs as a user that permissions apply to: root reads anything, so as root the CLI runs as nobody. */
function asUnprivileged(): { uid?: number; cacheDir: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'oobkb-cache-'));
  if (process.getuid?.() !== 0) return { cacheDir };
  // nobody must reach the checkout's CLI (and its Node): root's own home is closed to others.
  const closed = closedToOthers(process.cwd());
  assert.equal(
    closed,
    undefined,
    `as root this check runs the CLI as nobody, who cannot enter ${closed}: run the checks from a checkout other users can reach (e.g. under /tmp or /srv), or as a user other than root`,
  );
  const nobody = 65534;
  chownSync(cacheDir, nobody, nobody);
  return { uid: nobody, cacheDir };
}

test('an unreadable file or folder is one line on stderr and exit 2, while the rest is diagnosed', () => {
  const root = makeTree({
    'Logs/Oobconsole.log': `${XP_LINE}\n`,
    'Logs/secret.log': `${IPV6_LINE}\n`,
    'Logs/Locked/amtopmgr.log': `${IPV6_LINE}\n`,
  });
  chmodSync(join(root, 'Logs', 'secret.log'), 0o000);
  chmodSync(join(root, 'Logs', 'Locked'), 0o000);
  const { uid, cacheDir } = asUnprivileged();
  const { code, stdout, stderr } = runCli(['diagnose', join(root, 'Logs'), '--json'], {
    env: { OOBKB_CACHE_DIR: cacheDir },
    ...(uid !== undefined ? { uid } : {}),
  });
  assert.equal(code, 2, stderr);
  assert.match(stderr, /Locked: cannot read the folder: permission denied/);
  assert.match(stderr, /secret\.log: cannot read: permission denied/);
  const report = json(stdout);
  assert.deepEqual(
    report.matches.filter((m) => m.confidence === 'strong').map((m) => m.slug),
    ['console-on-xp-sp2-or-server-2003-sp1'],
  );
  assert.equal(report.problems?.filter((p) => p.error).length, 2);
});

test('--since and --until diagnose only the entries in the window, by the time the logs write', () => {
  const root = makeTree({
    'Oobconsole.log': [
      smsLine('GetAMTPowerState fail with result:0x80072EE9', '11-19-2009 11:35:01.123+480'),
      'a line without a time',
      smsLine('GetAMTPowerState fail with result:0x80072EE9', '11-19-2009 11:45:00.000+480'),
    ].join('\n'),
  });
  const file = join(root, 'Oobconsole.log');
  const late = json(runCli(['diagnose', file, '--since', '2009-11-19 11:40', '--json']).stdout);
  assert.deepEqual(
    late.matches[0]?.evidence.map((e) => e.line),
    [3],
  );
  assert.deepEqual(late.window, { kept: 1, of: 3, untimed: 0 });
  // As an instant: 11:35 at UTC-08:00 is 19:35Z.
  const early = json(runCli(['diagnose', file, '--until', '2009-11-19T19:36Z', '--json']).stdout);
  assert.deepEqual(
    early.matches[0]?.evidence.map((e) => e.line),
    [1],
  );
  const none = runCli(['diagnose', file, '--since', '2010-01-01', '--json']);
  assert.equal(none.code, 1);
  assert.deepEqual(json(none.stdout).matches, []);
});

test('timeline reads a folder in time order and prints nothing on stderr in a pipe', () => {
  const { code, stdout, stderr } = runCli(['timeline', logsTree(), '--all']);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  // A line without a time ("Connecting…") stands with the next line of its file.
  const messages = stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) =>
      line.replace(/^.*:\d+ {2}(?:(?:Oobconsole|SMS_AMT_OPERATION_MANAGER) {2})?/, ''),
    );
  assert.deepEqual(messages, [
    'Discovery started',
    'Provisioning started',
    'Connecting to amt-pc01',
    'GetAMTPowerState fail with result:0x80072EE9',
    IPV6_MESSAGE,
  ]);
});

test('files of 1 MB and more together stream, smaller ones are read whole, with the same answer', () => {
  const filler = `${smsLine('Auto-worker thread is waiting for next task', '11-19-2009 11:30:00.000+480')}\n`;
  const lines = (bytes: number) => filler.repeat(Math.ceil(bytes / filler.length));
  const small = makeTree({
    'oobconsole.log': `${XP_LINE}\n${lines(CLI_STREAM_FROM_BYTES - 4096)}`,
  });
  const large = makeTree({ 'oobconsole.log': `${XP_LINE}\n${lines(CLI_STREAM_FROM_BYTES)}` });
  const whole = runCli(['diagnose', small, '--json']);
  const streamed = runCli(['diagnose', large, '--json']);
  const wholeReport = JSON.parse(whole.stdout) as JsonReport;
  const streamedReport = JSON.parse(streamed.stdout) as JsonReport;
  assert.equal(wholeReport.streamed, undefined);
  assert.ok(streamedReport.streamed, 'the larger folder streams');
  assert.deepEqual(
    streamedReport.matches.map((m) => [m.slug, m.confidence]),
    wholeReport.matches.map((m) => [m.slug, m.confidence]),
  );
  assert.equal(streamedReport.matches[0]?.slug, 'console-on-xp-sp2-or-server-2003-sp1');
});
