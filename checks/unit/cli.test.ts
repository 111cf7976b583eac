// The command line, as a user runs it: exit codes (0 an answer, 1 none, 2 an error or a
// refusal), the --json shape, stdin, languages, refusals.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeInfo } from '../../src/cli/code-command.ts';
import type { JsonReport } from '../../src/cli/report.ts';
import { runCli } from './support/cli.ts';

const run = (args: string[], input?: string | Buffer) =>
  runCli(args, input === undefined ? {} : { input });
const FIXTURES = 'checks/fixtures/logs';

test('diagnose --json prints the documented shape with the right article first, strong', () => {
  const { code, stdout } = run(['diagnose', `${FIXTURES}/xp-sp2-sms-trace.log`, '--json']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as JsonReport;
  assert.equal(report.entries, 3);
  const top = report.matches[0]!;
  assert.equal(top.slug, 'console-on-xp-sp2-or-server-2003-sp1');
  assert.equal(top.confidence, 'strong');
  assert.equal(typeof top.title, 'string');
  assert.equal(typeof top.score, 'number');
  assert.deepEqual(Object.keys(top.evidence[0]!).sort(), ['file', 'line', 'signature', 'text']);
  assert.equal(top.evidence[0]!.line, 2);
  assert.match(top.evidence[0]!.text, /GetAMTPowerState fail with result:0x80072EE9/);
  assert.equal(report.codes[0]!.code, '0x80072EE9');
  assert.equal(report.codes[0]!.win32, 12009);
});

test('reads standard input with -', () => {
  const { code, stdout } = run(
    ['diagnose', '-', '--json'],
    'GetAMTPowerState fail with result: 0x800703E3\n',
  );
  assert.equal(code, 0);
  assert.equal(
    (JSON.parse(stdout) as JsonReport).matches[0]!.slug,
    'no-os-missing-dns-host-record',
  );
});

test('--lang ja gives Japanese titles and messages', () => {
  const { stdout } = run(['diagnose', `${FIXTURES}/ipv6-statmsg.log`, '--lang', 'ja']);
  assert.match(stdout, /IPv6 を使用する AMT ベースのコンピューター/);
});

test('an unrelated log with 0x80004005 or 0x800703E3 gives no strong match (a possible one: exit 0)', () => {
  for (const file of ['unrelated-0x80004005-smsts.log', 'unrelated-0x800703e3-web.log']) {
    const { code, stdout } = run(['diagnose', `${FIXTURES}/${file}`, '--json']);
    assert.equal(code, 0);
    assert.deepEqual(
      (JSON.parse(stdout) as JsonReport).matches.filter(
        (m: { confidence: string }) => m.confidence === 'strong',
      ),
      [],
    );
  }
});

test('code decodes every spelling to one value', () => {
  for (const spelling of ['0x80072EE9', '80072ee9', '-2147012887', '2147954409']) {
    const { code, stdout } = run(['code', spelling, '--json']);
    assert.equal(code, 0, spelling);
    const info = JSON.parse(stdout) as CodeInfo;
    assert.equal(info.code, '0x80072EE9');
    assert.equal(info.win32, 12009);
    assert.deepEqual(
      info.articles.map((a: { slug: string }) => a.slug),
      ['console-on-xp-sp2-or-server-2003-sp1'],
    );
  }
});

test('refuses bad usage and unreadable input with exit 2 and a one-line message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-cli-'));
  writeFileSync(
    join(dir, 'binary.log'),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(4000).fill(0).map((_, i) => (i * 7) % 256)]),
  );
  mkdirSync(join(dir, 'empty'));
  const cases: [string[], RegExp][] = [
    [['diagnose', join(dir, 'missing.log')], /missing\.log: cannot read: no such file/],
    [['diagnose', join(dir, 'empty')], /empty: no \.log or \.lo_ files in this folder/],
    [['diagnose', join(dir, 'binary.log')], /not a text log/],
    [['timeline', join(dir, 'binary.log')], /not a text log/],
    [['diagnose'], /needs a file/],
    [['timeline'], /needs a file/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['diagnose', '-', '--lang', 'fr'], /--lang must be ja or en/],
    [['diagnose', '-', '--since', 'yesterday'], /--since takes a date and time/],
    [['timeline', '-', '--local-bias', 'west'], /--local-bias takes minutes/],
    [['diagnose', '-', '--site', 'intranet'], /--site must be an http\(s\) address/],
    [['code', 'hello'], /"hello" is not an error code/],
    [['show', 'no-such-article'], /no article "no-such-article"/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = run(args, '');
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr.split('\n')[0]!, message);
  }
});

test('empty input is an answer without a match (exit 1), not an error', () => {
  const { code, stdout } = run(['diagnose', '-', '--json'], '');
  assert.equal(code, 1);
  assert.equal((JSON.parse(stdout) as JsonReport).notice, 'empty');
});

test('exits 0 with an answer, 1 without one, 2 on an error even when other inputs answered', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-cli-'));
  writeFileSync(join(dir, 'match.log'), 'GetAMTPowerState fail with result:0x80072EE9\n');
  writeFileSync(
    join(dir, 'quiet.log'),
    'Connecting to amt-pc01.contoso.com:16993  $$<Oobconsole><11-19-2009 11:35:00.997+480><thread=3120 (0xC30)>\n',
  );
  const cases: [string[], number][] = [
    [['diagnose', join(dir, 'match.log')], 0],
    [['diagnose', join(dir, 'quiet.log')], 1],
    [['diagnose', join(dir, 'match.log'), join(dir, 'missing.log')], 2],
    [['timeline', join(dir, 'match.log')], 0],
    [['timeline', join(dir, 'quiet.log')], 1],
    [['code', '0x80072EE9'], 0],
    [['code', '0xC00D36B2'], 1],
    [['show', 'console-stuck-connecting'], 0],
    [['--help'], 0],
    [[], 2],
  ];
  for (const [args, expected] of cases) assert.equal(run(args).code, expected, args.join(' '));
  // The answer is still printed beside the error.
  const both = run(['diagnose', join(dir, 'match.log'), join(dir, 'missing.log')]);
  assert.match(both.stdout, /console-on-xp-sp2-or-server-2003-sp1/);
  assert.match(both.stderr, /missing\.log: cannot read: no such file/);
});

test('--help documents every command and the exit codes', () => {
  const { stdout } = run(['--help']);
  for (const text of [
    'oobkb diagnose PATH',
    'oobkb timeline PATH',
    'oobkb code CODE',
    'oobkb show',
    '--since',
    '--until',
    '--site',
    'Exit status: 0',
    '1 no answer',
    '2 an error',
  ]) {
    assert.ok(stdout.includes(text), text);
  }
});

test('handles the inputs a browser refuses or struggles with', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-cli-'));
  // A large file streams, whatever its size; one of NULs (sparse: no disk is used) is refused as
  // binary from its first bytes, without reading the rest.
  const huge = join(dir, 'huge.log');
  writeFileSync(huge, '');
  truncateSync(huge, 600 * 1024 * 1024);
  const refused = run(['diagnose', huge]);
  assert.equal(refused.code, 2);
  assert.match(
    refused.stderr.split('\n')[0]!,
    /huge\.log: not a text log \(it looks like a binary file\)/,
  );
  // A 1 MB line without a newline.
  const long = run(
    ['diagnose', '-', '--json'],
    `${'y'.repeat(1024 * 1024)} GetAMTPowerState fail with result:0x80072EE9`,
  );
  assert.equal(long.code, 0);
  assert.equal(
    (JSON.parse(long.stdout) as JsonReport).matches[0]!.slug,
    'console-on-xp-sp2-or-server-2003-sp1',
  );
  // UTF-16LE and Shift_JIS files, and mixed formats.
  for (const [file, slug] of [
    ['xp-sp2-utf16le.log', 'console-on-xp-sp2-or-server-2003-sp1'],
    ['ipv6-shift-jis.log', 'ipv6-slow-response'],
    ['mixed-formats.txt', 'console-on-xp-sp2-or-server-2003-sp1'],
  ]) {
    const result = run(['diagnose', `${FIXTURES}/${file}`, '--json']);
    assert.equal(result.code, 0, file);
    assert.equal((JSON.parse(result.stdout) as JsonReport).matches[0]!.slug, slug, file);
  }
});

test('a line repeated many times is shown a few times, with the count of the rest', () => {
  // 50 identical lines, then the same signature in another wording: both kinds are shown.
  const input = `${'GetAMTPowerState fail with result:0x80072EE9\n'.repeat(50)}GetAMTPowerState fail with result: 0x80072EE9\n`;
  const report = JSON.parse(run(['diagnose', '-', '--json'], input).stdout) as JsonReport;
  const top = report.matches[0]!;
  assert.equal(top.slug, 'console-on-xp-sp2-or-server-2003-sp1');
  assert.equal(top.occurrences, 51);
  assert.deepEqual(
    top.evidence.map((e: { line: number }) => e.line),
    [1, 2, 3, 51],
  );
  assert.match(run(['diagnose', '-'], input).stdout, /… and 47 more matching entries/);
  assert.match(
    run(['diagnose', '-', '--lang', 'ja'], input).stdout,
    /… ほかに 47 件の一致するエントリ/,
  );
});
