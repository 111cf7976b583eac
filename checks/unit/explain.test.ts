// `oobkb explain` and the engine behind it agree with `oobkb diagnose`: on every signature's
// samples and near misses and on every fixture log, an entry explained as firing a signature
// strongly is exactly one that diagnose gives that article strong with that line as evidence, and
// near misses are explained as not firing, naming what is missing. The words are the same in the
// CLI and the widget's worker, in both languages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonExplanation, type JsonExplanation } from '../../src/cli/explain-report.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import type { DiagnoseOptions } from '../../src/lib/diagnose/diagnose.ts';
import { describeTried } from '../../src/lib/diagnose/explain.ts';
import { explainEntries, type Explanation } from '../../src/lib/diagnose/explain-entries.ts';
import { LineIndex } from '../../src/lib/diagnose-worker/line-index.ts';
import { MAX_EXPLAINED_ENTRIES } from '../../src/lib/diagnose-worker/protocol.ts';
import { widgetExplanation } from '../../src/lib/diagnose-worker/widget-explain.ts';
import { pageWords } from '../../src/lib/diagnose-worker/widget-result.ts';
import { runCli } from './support/cli.ts';
import { diagnoseText, matcher } from './support/engine.ts';

const kb = loadKnowledgeBase('content');
const FIXTURES = 'checks/fixtures/logs';
const explain = (text: string, options?: DiagnoseOptions) => explainEntries(matcher, text, options);

/** "slug|line|signature" for every entry explained as firing a signature strongly. */
function strongByExplain(explanation: Explanation): Set<string> {
  return new Set(
    explanation.explained.flatMap(({ entry, tried }) =>
      tried
        .filter((t) => t.verdict === 'strong')
        .map((t) => `${t.article}|${entry.lineStart}|${t.signature}`),
    ),
  );
}

/** "slug|line|signature" for every evidence line of every strong match of diagnose. */
function strongByDiagnose(text: string, options?: DiagnoseOptions): Set<string> {
  return new Set(
    diagnoseText(text, options)
      .matches.filter((m) => m.confidence === 'strong')
      .flatMap((m) => m.evidence.map((e) => `${m.slug}|${e.lineStart}|${e.signature}`)),
  );
}

/** Articles that explain gives a strong or a possible signature, and those diagnose names by a signature. */
function articlesOf(text: string, options?: DiagnoseOptions) {
  const explained = new Set(
    explain(text, options).explained.flatMap(({ tried }) =>
      tried.filter((t) => t.verdict !== 'rejected').map((t) => t.article),
    ),
  );
  const diagnosed = new Set(
    diagnoseText(text, options)
      .matches.filter((m) => m.via === 'signature')
      .map((m) => m.slug),
  );
  return { explained, diagnosed };
}

const signatures = kb.articles.flatMap((article) =>
  article.facts.signatures.map((signature) => ({ article: article.slug, signature })),
);

test('the knowledge base has samples and near misses to explain', () => {
  assert.ok(signatures.length >= 8);
  assert.ok(signatures.every(({ signature }) => signature.nearMisses.length > 0));
});

for (const { article, signature } of signatures) {
  test(`${signature.id}: each sample is explained as firing it strongly, exactly as diagnose says`, () => {
    for (const sample of signature.samples) {
      const explanation = explain(sample);
      const strong = strongByExplain(explanation);
      assert.deepEqual(strong, strongByDiagnose(sample), `sample: ${sample}`);
      assert.ok(
        [...strong].some(
          (key) => key.startsWith(`${article}|`) && key.endsWith(`|${signature.id}`),
        ),
        `explained as firing ${signature.id}: ${sample}`,
      );
      const { explained, diagnosed } = articlesOf(sample);
      assert.deepEqual(explained, diagnosed, `articles: ${sample}`);
    }
  });

  test(`${signature.id}: each near miss is explained as not firing it, naming what is missing`, () => {
    for (const line of signature.nearMisses) {
      const explanation = explain(line);
      assert.deepEqual(strongByExplain(explanation), strongByDiagnose(line), `near miss: ${line}`);
      const { explained, diagnosed } = articlesOf(line);
      assert.deepEqual(explained, diagnosed, `articles: ${line}`);
      for (const { tried } of explanation.explained) {
        for (const own of tried.filter((t) => t.signature === signature.id)) {
          assert.notEqual(own.verdict, 'strong', `near miss fires: ${line}`);
          for (const lang of ['en', 'ja'] as const) {
            const words = describeTried(own, lang);
            const reasons = [...words.missing, ...(words.reason ? [words.reason] : [])];
            assert.ok(reasons.length > 0, `${lang}: nothing named as missing for ${line}`);
            assert.ok(
              words.parts.some((p) => !p.holds),
              `${lang}: no part crossed for ${line}`,
            );
          }
        }
      }
    }
  });
}

test('every fixture log: each strong evidence line of diagnose is explained as firing, and no other article', () => {
  const files = readdirSync(FIXTURES).filter((f) => !f.endsWith('.json'));
  assert.ok(files.length >= 10);
  for (const file of files) {
    const text = decodeLogBytes(readFileSync(join(FIXTURES, file))).text;
    const options = { fileNames: [file] };
    const byExplain = strongByExplain(explain(text, options));
    const byDiagnose = strongByDiagnose(text, options);
    // diagnose shows a few evidence lines of each kind; explain names every entry.
    for (const key of byDiagnose) assert.ok(byExplain.has(key), `${file}: ${key}`);
    const articles = (keys: Set<string>) => new Set([...keys].map((k) => k.split('|')[0]));
    assert.deepEqual(articles(byExplain), articles(byDiagnose), file);
    const { explained, diagnosed } = articlesOf(text, options);
    assert.deepEqual(explained, diagnosed, `articles: ${file}`);
  }
});

test('explains errors, warnings and entries with a code, and says when no signature was tried', () => {
  const text = [
    'GetAMTPowerState fail with result:0x80072EE9',
    'Connecting to amt-pc01.contoso.com:16993',
    'Something failed here',
  ].join('\n');
  const { entries, explained } = explain(text);
  assert.equal(entries, 3);
  // The info line without a code or a signature's part is left out.
  assert.deepEqual(
    explained.map((e) => e.entry.lineStart),
    [1, 3],
  );
  assert.deepEqual(explained[1]!.tried, []);
});

// An amtopmgr.log entry (by its component) with the code of an Oobconsole.log signature and its context.
const AMTOPMGR_LINE =
  'Error: failed to connect to the AMT device, result 0x80004005\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:01 AM\t3120 (0x0C30)\nGetAMTPowerState fail with result:0x80072EE9';

test('a rejected signature says why, and a close one what it lacks, in both languages', () => {
  const [first, second] = explain(AMTOPMGR_LINE).explained;
  const rejected = first!.tried.find((t) => t.signature === 'oobconsole-0x80004005')!;
  assert.equal(rejected.verdict, 'rejected');
  assert.deepEqual(rejected.rejected, {
    kind: 'entry-log',
    expected: 'oobconsole.log',
    found: 'amtopmgr.log',
  });
  const en = describeTried(rejected, 'en');
  const ja = describeTried(rejected, 'ja');
  assert.equal(en.verdictText, 'rejected');
  assert.equal(ja.verdictText, '対象外');
  assert.match(en.reason ?? '', /^the entry's component writes amtopmgr\.log, .*oobconsole\.log$/);
  assert.match(ja.reason ?? '', /^エントリのコンポーネントは amtopmgr\.log .*oobconsole\.log/);
  assert.deepEqual(
    en.parts.map((p) => [p.holds, p.text.split(' (')[0]]),
    [
      [true, 'error code 0x80004005'],
      [true, 'out of band console context'],
      [false, 'an entry of oobconsole.log'],
    ],
  );
  const close = second!.tried.find((t) => t.verdict === 'possible')!;
  assert.equal(close.signature, 'getamtpowerstate-0x800703e3');
  assert.deepEqual(describeTried(close, 'en').missing, ['error code 0x800703E3 is not there']);
  assert.deepEqual(describeTried(close, 'ja').missing, ['エラー コード 0x800703E3 がありません']);
  assert.equal(second!.tried[0]!.verdict, 'strong', 'strong first');
});

test('the widget worker sends the same words as the CLI, in the page language', () => {
  for (const lang of ['en', 'ja'] as const) {
    const explanation = explain(AMTOPMGR_LINE);
    const cli = jsonExplanation(explanation, matcher.index, lang, {
      spans: [{ name: 'stdin', firstLine: 1 }],
    });
    const widget = widgetExplanation(
      explanation,
      new LineIndex(AMTOPMGR_LINE),
      pageWords(matcher.index, lang),
    );
    assert.equal(widget.total, cli.explained.length);
    assert.deepEqual(
      widget.entries.map((e) => e.signatures),
      cli.explained.map((e) => e.signatures),
    );
    assert.deepEqual(
      widget.entries.map((e) => e.line),
      cli.explained.map((e) => e.line),
    );
  }
});

test('the worker sends at most MAX_EXPLAINED_ENTRIES entries, with the count of all', () => {
  const text = 'GetAMTPowerState fail with result:0x80072EE9\n'.repeat(MAX_EXPLAINED_ENTRIES + 50);
  const widget = widgetExplanation(
    explain(text),
    new LineIndex(text),
    pageWords(matcher.index, 'en'),
  );
  assert.equal(widget.entries.length, MAX_EXPLAINED_ENTRIES);
  assert.equal(widget.total, MAX_EXPLAINED_ENTRIES + 50);
  assert.equal(widget.entries.at(-1)!.line, MAX_EXPLAINED_ENTRIES);
});

test('explain --json prints the documented shape, from standard input', () => {
  const { code, stdout } = runCli(['explain', '-', '--json'], { input: AMTOPMGR_LINE });
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as JsonExplanation;
  assert.deepEqual(Object.keys(report).sort(), ['entries', 'explained', 'files']);
  assert.deepEqual(report.files, ['stdin']);
  assert.equal(report.entries, 2);
  const [first, second] = report.explained;
  assert.deepEqual(Object.keys(first!).sort(), [
    'codes',
    'component',
    'file',
    'line',
    'lines',
    'severity',
    'signatures',
    'text',
  ]);
  assert.deepEqual(first!.codes, ['0x80004005']);
  assert.deepEqual(Object.keys(first!.signatures[0]!).sort(), [
    'article',
    'missing',
    'parts',
    'reason',
    'signature',
    'title',
    'verdict',
    'verdictText',
  ]);
  assert.equal(second!.line, 2);
  assert.equal(second!.signatures[0]!.signature, 'getamtpowerstate-0x80072ee9');
  assert.equal(second!.signatures[0]!.verdict, 'strong');
  assert.equal(typeof second!.signatures[0]!.title, 'string');
});

test('human output: each line, ✓/✗ per part, what is missing, the verdict; in Japanese with --lang ja', () => {
  const en = runCli(['explain', '-'], { input: AMTOPMGR_LINE });
  assert.equal(en.code, 0);
  assert.match(en.stdout, /^stdin:1: Error: failed to connect to the AMT device/m);
  assert.match(en.stdout, /✗ another-console-connected \[oobconsole-0x80004005\] — rejected: /);
  assert.match(
    en.stdout,
    /✓ console-on-xp-sp2-or-server-2003-sp1 \[getamtpowerstate-0x80072ee9\] — strong match/,
  );
  assert.match(en.stdout, /^ {6}✗ error code 0x800703E3$/m);
  assert.match(en.stdout, /missing: error code 0x800703E3 is not there/);
  const ja = runCli(['explain', '-', '--lang', 'ja'], { input: AMTOPMGR_LINE });
  assert.match(ja.stdout, /— 対象外: /);
  assert.match(ja.stdout, /不足: エラー コード 0x800703E3 がありません/);
  assert.match(ja.stdout, /2 件のエントリのうち 2 件を説明します/);
});

test('exits 0 when an entry fires a signature, 1 when none, 2 on bad input with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-explain-'));
  writeFileSync(
    join(dir, 'quiet.log'),
    'Connecting to amt-pc01.contoso.com:16993\nSomething failed\n',
  );
  writeFileSync(join(dir, 'close.log'), 'GetAMTPowerState fail with result:0x80070005\n');
  writeFileSync(
    join(dir, 'binary.log'),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(4000).fill(0)]),
  );
  assert.equal(runCli(['explain', join(dir, 'quiet.log')]).code, 1);
  // A close signature (message without its code) is a possible match: an answer, as in diagnose.
  assert.equal(runCli(['explain', join(dir, 'close.log')]).code, 0);
  assert.equal(runCli(['diagnose', join(dir, 'close.log')]).code, 0);
  const cases: [string[], RegExp][] = [
    [['explain'], /^oobkb: explain needs a file or folder, or - for standard input$/],
    [['explain', join(dir, 'missing.log')], /missing\.log: cannot read: no such file/],
    [['explain', join(dir, 'binary.log')], /binary\.log: not a text log/],
    [['explain', '-', '--lang', 'fr'], /--lang must be ja or en/],
    [['explain', '-', '--since', '2009-11-19'], /explain takes no --since\/--until/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = runCli(args, { input: '' });
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr.split('\n')[0]!, message, args.join(' '));
  }
  // An unreadable input beside a readable one: the explanation is printed, the exit code is 2.
  const both = runCli(['explain', join(dir, 'close.log'), join(dir, 'missing.log')]);
  assert.equal(both.code, 2);
  assert.match(both.stdout, /\[getamtpowerstate-0x80072ee9\] — possible match/);
});

test('--help documents explain', () => {
  const { stdout } = runCli(['--help']);
  assert.ok(stdout.includes('oobkb explain PATH'));
  assert.match(stdout, /explain {3}for each entry with an error, a warning or a code/);
});
