// `oobkb show SLUG`: an article for a terminal, wrapped to its width with code kept verbatim; and
// the links of `diagnose` and `code`: full links with --site or OOBKB_SITE, else `oobkb show`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonReport } from '../../src/cli/report.ts';
import { displayWidth, wrap } from '../../src/cli/terminal-text.ts';
import { runCli } from './support/cli.ts';

const XP = 'console-on-xp-sp2-or-server-2003-sp1';
const XP_LINE = 'GetAMTPowerState fail with result:0x80072EE9\n';

/** Lines wider than `width` that are not code: each must be one piece that cannot be broken (a path, a command, a URL). */
function overWidth(text: string, width: number): string[] {
  return text
    .split('\n')
    .filter(
      (line) =>
        displayWidth(line) > width &&
        !line.startsWith('    ') &&
        !/^\s*(?:• |\S+: )?\(?(?:oobkb show [^)]*|https?:\/\/\S+|\S+)\)?$/.test(line),
    );
}

test('prints the article: title, summary, symptoms, cause, how to confirm, resolution, facts', () => {
  const { code, stdout } = runCli(['show', XP]);
  assert.equal(code, 0);
  const headings = ['Symptoms', 'Cause', 'How to confirm', 'Resolution', 'Facts'];
  const at = headings.map((h) => stdout.indexOf(`\n${h}\n${'-'.repeat(h.length)}\n`));
  assert.ok(
    at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]!)),
    at.join(' '),
  );
  assert.match(stdout, /^The out of band management console on Windows XP SP2/);
  assert.match(stdout, /Applies to: ConfigMgr 2007 SP1/);
  assert.match(
    stdout,
    /Oobconsole\.log <ConfigMgrInstallationPath>\\AdminUI\\AdminUILog\\Oobconsole\.log/,
  );
});

test('wraps to $COLUMNS (80 by default in a pipe) and keeps code blocks verbatim', () => {
  for (const width of [40, 60]) {
    const { stdout } = runCli(['show', 'ipv6-slow-response'], { env: { COLUMNS: String(width) } });
    assert.deepEqual(overWidth(stdout, width), [], `width ${width}`);
    assert.ok(
      stdout.includes(
        '\n    netsh interface ipv6 delete prefix ::ffff:0:0/96\n    netsh interface ipv6 add prefix prefix=::ffff:0:0/96 precedence=45 label=4\n',
      ),
    );
  }
  const { stdout } = runCli(['show', 'ipv6-slow-response'], { env: { COLUMNS: '' } });
  assert.deepEqual(overWidth(stdout, 80), []);
  assert.ok(
    stdout.split('\n').some((line) => displayWidth(line) > 60),
    'uses the 80 columns',
  );
});

test('wraps Japanese by display width, never before closing punctuation', () => {
  const { stdout } = runCli(['show', XP, '--lang', 'ja'], { env: { COLUMNS: '40' } });
  for (const heading of ['症状', '原因', '確認方法', '解決方法'])
    assert.ok(stdout.includes(`\n${heading}\n${'-'.repeat(displayWidth(heading))}\n`), heading);
  assert.deepEqual(overWidth(stdout, 40), []);
  assert.ok(!stdout.split('\n').some((line) => /^[、。」）]/.test(line)));
  assert.ok(stdout.includes('\n    GetAMTPowerState fail with result:0x80072EE9\n'));
});

test('wrap() breaks at spaces and between wide characters, with a hanging indent', () => {
  assert.deepEqual(wrap('one two three four', 9, '- ', '  '), ['- one two', '  three', '  four']);
  assert.deepEqual(wrap('接続できない。再試行します', 8), [
    '接続でき',
    'ない。再',
    '試行しま',
    'す',
  ]);
});

test('lists the articles without a slug', () => {
  const { code, stdout } = runCli(['show']);
  assert.equal(code, 0);
  assert.match(
    stdout,
    new RegExp(`^${XP} +The out of band management console on Windows XP SP2`, 'm'),
  );
});

test('points to `oobkb show` without a site address, and to full links with --site or OOBKB_SITE', () => {
  const plain = runCli(['diagnose', '-'], { input: XP_LINE }).stdout;
  assert.match(plain, new RegExp(`^   oobkb show ${XP}  \\(score \\d+\\)$`, 'm'));
  assert.match(
    runCli(['diagnose', '-', '--lang', 'ja'], { input: XP_LINE }).stdout,
    new RegExp(`oobkb show ${XP} --lang ja`),
  );
  const flagged = runCli(['diagnose', '-', '--site', 'https://intranet.example/kb'], {
    input: XP_LINE,
  }).stdout;
  assert.match(
    flagged,
    new RegExp(`^   https://intranet\\.example/kb/en/articles/${XP}/  \\(score`, 'm'),
  );
  const env = runCli(['diagnose', '-'], {
    input: XP_LINE,
    env: { OOBKB_SITE: 'https://intranet.example', OOBKB_BASE: '/kb/' },
  }).stdout;
  assert.match(env, new RegExp(`https://intranet\\.example/kb/en/articles/${XP}/`));
  const report = JSON.parse(
    runCli(['diagnose', '-', '--json', '--site', 'https://intranet.example/'], { input: XP_LINE })
      .stdout,
  ) as JsonReport;
  assert.equal(report.matches[0]!.url, `https://intranet.example/en/articles/${XP}/`);
  assert.match(runCli(['code', '0x80072EE9']).stdout, new RegExp(`\\n    oobkb show ${XP}\\n$`));
  assert.match(
    runCli(['code', '0x80072EE9', '--site', 'https://kb.example']).stdout,
    new RegExp(`\\n    https://kb\\.example/en/articles/${XP}/\\n$`),
  );
  // Links inside an article lead to the other article the same way.
  assert.match(
    runCli(['show', 'console-stuck-connecting'], { env: { COLUMNS: '200' } }).stdout,
    new RegExp(`\\(oobkb show ${XP}\\)`),
  );
});

test('offers the site search for an unmatched description as a link or as a path on the site', () => {
  const text = 'the weather in the mountains was lovely this weekend';
  const plain = runCli(['diagnose', '-'], { input: text });
  assert.equal(plain.code, 1);
  assert.match(
    plain.stdout,
    /\/en\/search\/\?q=.*\(a path on the site: --site URL or OOBKB_SITE makes it a link\)/,
  );
  assert.match(
    runCli(['diagnose', '-', '--site', 'https://kb.example'], { input: text }).stdout,
    /https:\/\/kb\.example\/en\/search\/\?q=the%20weather/,
  );
});
