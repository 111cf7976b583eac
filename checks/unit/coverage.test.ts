// `oobkb coverage` and the content check's warning: the line forms each signature's samples are
// written in, read by the engine's parser, and the catalogued codes and logs no article covers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  coverage,
  lineForms,
  oneFormWarnings,
  type CoverageInput,
} from '../../src/lib/authoring/coverage.ts';
import { runCli } from './support/cli.ts';

/** Sample lines and the forms they are written in, one per row. */
const forms: [line: string, expected: string[]][] = [
  // SMS trace, as the log holds it on disk
  [
    'GetAMTPowerState fail with result:0x80072EE9  $$<Oobconsole><11-19-2009 11:35:01.123+480><thread=3120 (0xC30)>',
    ['sms-trace'],
  ],
  // CMTrace record
  [
    '<![LOG[GetAMTPowerState fail with result: 0x800703E3]LOG]!><time="11:35:01.123+480" date="11-19-2009" component="Oobconsole" context="" type="3" thread="3120" file="">',
    ['cmtrace'],
  ],
  // Trace32 / CMTrace copy with tabs
  [
    'GetAMTPowerState fail with result:0x80072EE9\tOobconsole\t11/19/2009 11:35:01 AM\t3120 (0x0C30)',
    ['viewer-copy'],
  ],
  // Status Message Viewer row with a Japanese description
  [
    'Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\tSMS_AMT_OPERATION_MANAGER\t7217\t警告: このコンピュータは IPv4 の前に IPv6 を使用するように構成されています。\t2412\t3120',
    ['status-viewer', 'japanese'],
  ],
  // the message alone
  ['GetAMTPowerState fail with result:0x80072EE9', ['bare']],
];
for (const [line, expected] of forms)
  test(`reads ${expected.join(' + ')} from ${JSON.stringify(line.slice(0, 30))}…`, () => {
    assert.deepEqual(lineForms(line), expected);
  });

/** A knowledge base of one article with a signature in one form and one in two. */
const fixture: CoverageInput = {
  articles: [
    {
      slug: 'fixture-article',
      facts: {
        codes: ['0x80072EE9'],
        logs: ['oobconsole.log'],
        signatures: [
          {
            id: 'one-form',
            samples: [
              'GetAMTPowerState fail with result:0x80072EE9',
              'GetAMTPowerState fail with result: 0x80072ee9',
            ],
          },
          {
            id: 'two-forms',
            samples: [
              'IMR_SOLOpenTCPSession fail with result:0x80004005',
              'IMR_SOLOpenTCPSession fail with result:0x80004005  $$<Oobconsole><11-19-2009 11:35:01.123+480><thread=3120 (0xC30)>',
            ],
          },
        ],
      },
    },
  ],
  logs: [{ id: 'oobconsole.log' }, { id: 'amtopmgr.log' }],
  codes: [{ id: '0x80072EE9' }, { id: '0x800703E3' }],
};

test('warns about a signature whose samples are all of one form, and only about it', () => {
  const warnings = oneFormWarnings(coverage(fixture));
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0]!,
    /^fixture-article: one-form: every sample is written in one line form \(bare\)/,
  );
});

test('lists the catalogued codes and logs that no article covers, and the quoted codes the catalogue lacks', () => {
  const c = coverage(fixture);
  assert.deepEqual(c.codesWithoutArticle, ['0x800703E3']);
  assert.deepEqual(c.logsWithoutArticle, ['amtopmgr.log']);
  assert.deepEqual(c.codesNotCatalogued, ['0x80004005']);
  assert.deepEqual(
    c.signatures.map((s) => [s.signature, s.forms]),
    [
      ['one-form', ['bare']],
      ['two-forms', ['sms-trace', 'bare']],
    ],
  );
});

test('oobkb coverage prints every signature of the knowledge base with its forms', () => {
  const { code, stdout } = runCli(['coverage', '--json']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as ReturnType<typeof coverage>;
  const xp = report.signatures.find((s) => s.signature === 'getamtpowerstate-0x80072ee9');
  assert.deepEqual(xp?.forms, ['sms-trace', 'viewer-copy', 'bare']);
  assert.ok(report.logsWithoutArticle.includes('oobmgmt.log'));
  const human = runCli(['coverage']);
  assert.match(
    human.stdout,
    /getamtpowerstate-0x80072ee9 \(4 samples\): SMS trace, viewer copy, message only/,
  );
});
