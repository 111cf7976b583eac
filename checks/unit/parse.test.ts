import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import type { EntryFormat, LogEntry, Severity } from '../../src/lib/diagnose/types.ts';

const REAL_LOGS = 'checks/fixtures/real-logs/';

/** The verbatim excerpt of a real-log file: every line except the "#" header. */
function realLog(file: string): string {
  return readFileSync(`${REAL_LOGS}${file}`, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

/** What a test cares about in one entry; codes as canonical hex, message as a prefix. */
interface Expected {
  line: number;
  lineEnd?: number;
  format: EntryFormat;
  severity?: Severity;
  component?: string;
  thread?: number;
  time?: string;
  statusMessageId?: number;
  codes?: number[];
  message?: string;
}

/** Compares an entry with the fields the expectation names. */
function check(entry: LogEntry | undefined, want: Expected, where: string): void {
  assert.ok(entry, `${where}: missing entry`);
  assert.equal(entry.lineStart, want.line, `${where}: lineStart`);
  assert.equal(entry.lineEnd, want.lineEnd ?? want.line, `${where}: lineEnd`);
  assert.equal(entry.format, want.format, `${where}: format`);
  assert.equal(entry.component, want.component, `${where}: component`);
  assert.equal(entry.thread, want.thread, `${where}: thread`);
  assert.deepEqual(
    entry.codes.map((c) => c.value),
    want.codes ?? [],
    `${where}: codes`,
  );
  if (want.severity) assert.equal(entry.severity, want.severity, `${where}: severity`);
  if (want.time) assert.equal(entry.time, want.time, `${where}: time`);
  if (want.message)
    assert.ok(entry.message.startsWith(want.message), `${where}: message ${entry.message}`);
  assert.equal(entry.statusMessageId, want.statusMessageId, `${where}: statusMessageId`);
}

const AMT = 'SMS_AMT_OPERATION_MANAGER';
const SETUP = 'Configuration Manager Setup';
const SITECOMP = 'SMS_SITE_COMPONENT_MANAGER';
const DISTMGR = 'SMS_DISTRIBUTION_MANAGER';
/** One SMS trace line of real-logs/009. */
const setupLine = (line: number, severity: Severity): Expected => ({
  line,
  format: 'sms-trace',
  component: SETUP,
  thread: 2868,
  severity,
});
/** One Trace32 copy line of real-logs/011. */
const distmgrLine = (line: number): Expected => ({
  line,
  format: 'viewer-copy',
  component: DISTMGR,
  thread: 5720,
  severity: 'info',
  time: '1/14/2012 4:06:47 AM',
});

const realCases: [file: string, entries: Expected[]][] = [
  [
    '001-oobconsole-xp-sp2-winhttp-0x80072EE9.txt',
    [{ line: 1, format: 'bare', severity: 'error', codes: [0x80072ee9] }],
  ],
  [
    '002-amtopmgr-amt321-selfsigned-cert-tls-0x80090308.txt',
    [
      { line: 1, format: 'bare', severity: 'info' },
      { line: 2, format: 'bare', severity: 'error', codes: [0x80090308] },
      { line: 3, format: 'bare', codes: [0x6fcb970] },
      { line: 4, format: 'bare' },
      { line: 5, format: 'bare', codes: [0x80090308] },
      { line: 6, format: 'bare', codes: [0x261b948] },
    ],
  ],
  [
    '003-oobmgmt-checkcertificate-80041001.txt',
    [{ line: 1, format: 'bare', severity: 'error', codes: [0x80041001] }],
  ],
  [
    '004-amtopmgr-provisioning-cert-expiring.txt',
    [
      {
        line: 1,
        format: 'viewer-copy',
        component: AMT,
        thread: 2880,
        severity: 'error',
        time: '11/19/2009 11:35:01 AM',
        message: 'Error: The provisioning',
      },
    ],
  ],
  [
    '005-amtopmgr-provisioning-cert-removed-after-expiry.txt',
    [
      {
        line: 1,
        format: 'viewer-copy',
        component: AMT,
        thread: 2700,
        severity: 'info',
        time: '11/23/2009 11:35:05 AM',
      },
    ],
  ],
  [
    '006-smsts-cmtrace-copy-tabs-0x8009310b-negative.txt',
    [
      {
        line: 1,
        format: 'viewer-copy',
        component: 'TSMBootstrap',
        thread: 1312,
        severity: 'error',
        time: '4/5/2017 2:27:03 PM',
        codes: [0x8009310b],
        message: 'Failed to download policy',
      },
    ],
  ],
  [
    '007-smsts-client-identity-0x80004005-negative.txt',
    [
      { line: 1, format: 'bare', severity: 'info', message: 'reply has no message header marker' },
      { line: 2, format: 'bare', severity: 'error', codes: [0x80004005] },
      { line: 3, format: 'bare', severity: 'error', codes: [0x80004005] },
      { line: 4, format: 'bare', severity: 'error' },
    ],
  ],
  [
    '008-statusviewer-copy-tabs-mp-5446-negative.txt',
    [
      {
        line: 1,
        format: 'status-viewer',
        component: 'SMS_MP_CONTROL_MANAGER',
        thread: 1620,
        severity: 'warning',
        statusMessageId: 5446,
        time: '4/18/2017 11:50:17 AM',
        message: 'MP has rejected',
      },
    ],
  ],
  [
    '009-configmgr-setup-sql-sms-trace-format-negative.txt',
    [
      {
        ...setupLine(1, 'info'),
        message: '[SQL Server Native Client 11.0]TCP Provider',
        time: '08-22-2016 04:15:01.917+420',
      },
      setupLine(2, 'info'),
      setupLine(3, 'error'),
      setupLine(4, 'error'),
      // the missing line break in the doc puts a second record on line 4
      { ...setupLine(4, 'info'), message: 'Native Client 11.0]TCP Provider' },
      setupLine(5, 'info'),
      setupLine(6, 'error'),
      setupLine(7, 'error'),
    ],
  ],
  [
    '010-smsts-ccm-format-peercache-negative.txt',
    [
      {
        line: 1,
        format: 'cmtrace',
        component: 'ApplyOperatingSystem',
        thread: 1256,
        severity: 'info',
        time: '06-26-2015 14:24:33.329+420',
        message: 'Downloaded file from http://',
      },
    ],
  ],
  [
    '011-distmgr-configmgr2007-statmsg-trace32-copy-negative.txt',
    [
      { ...distmgrLine(1), statusMessageId: 2300, message: 'STATMSG: ID=2300' },
      distmgrLine(2),
      distmgrLine(3),
      distmgrLine(4),
    ],
  ],
  [
    '012-sitecomp-sms20-old-trailer-format-negative.txt',
    [
      {
        line: 1,
        lineEnd: 3,
        format: 'sms-trace',
        component: SITECOMP,
        thread: 281,
        message: 'Starting bootstrap operations...',
        time: 'Fri Mar 26 10:43:41.547 1999 Eastern Standard Time',
      },
      {
        line: 4,
        lineEnd: 5,
        format: 'sms-trace',
        component: SITECOMP,
        thread: 281,
        message: 'Component file list item',
      },
      {
        line: 6,
        lineEnd: 7,
        format: 'sms-trace',
        component: SITECOMP,
        thread: 281,
        message: 'Bootstrap operations aborted.',
      },
    ],
  ],
  [
    '013-intel-scs-acuconfig-tls-cert-chain-negative.txt',
    [
      { line: 1, format: 'bare', severity: 'info' },
      { line: 3, format: 'bare', severity: 'error', codes: [0xc0002825, 0xc0003e93, 0xc00007d5] },
    ],
  ],
  [
    '014-statusviewer-kb3090264-header-single-spaces-negative.txt',
    // the header row is skipped; the row's columns are separated by single spaces
    [
      {
        line: 2,
        format: 'status-viewer',
        component: 'Microsoft.ConfigurationManagement.exe',
        severity: 'info',
        statusMessageId: 30197,
        time: '2/9/2014 11:57:49 PM',
        message:
          'User "DOMAIN\\User" modified updates assignment 4 ({BAFB1BDB-7A6C-4DCF-9866-6C22DF92346A}).',
      },
    ],
  ],
];

for (const [file, expected] of realCases) {
  test(`parses every line of real-logs/${file}`, () => {
    const entries = parseLog(realLog(file));
    assert.equal(entries.length, expected.length, JSON.stringify(entries, null, 1));
    expected.forEach((want, i) => check(entries[i], want, `${file} #${i}`));
  });
}

test('parses every real log pasted together in one go', () => {
  const files = realCases.map(([file]) => file);
  const entries = parseLog(files.map(realLog).join('\n'));
  assert.equal(
    entries.length,
    realCases.reduce((n, [, e]) => n + e.length, 0),
  );
});

test('parses a real log with CRLF line ends the same as with LF', () => {
  const text = realLog('012-sitecomp-sms20-old-trailer-format-negative.txt');
  assert.deepEqual(parseLog(text.replaceAll('\n', '\r\n')), parseLog(text));
});

test("reads a CMTrace attribute block whose quoted values hold '>', names in any case", () => {
  const text = [
    '<![LOG[first]LOG]!><Time="11:35:01.123+480" DATE="11-19-2009" component="a>b" context="x>y" TYPE="3" Thread="7" file="f.cpp:1"><![LOG[second]LOG]!><time="11:35:02.000+480" date="11-19-2009" component="C" context="" type="1" thread="8" file="g">',
    '<![LOG[open]LOG]!><time="11:35:03.000+480" component="unclosed>',
  ].join('\n');
  const [first, second, open] = parseLog(text);
  check(
    first,
    {
      line: 1,
      format: 'cmtrace',
      severity: 'error',
      component: 'a>b',
      thread: 7,
      time: '11-19-2009 11:35:01.123+480',
      message: 'first',
    },
    'quoted >',
  );
  check(
    second,
    {
      line: 1,
      format: 'cmtrace',
      severity: 'info',
      component: 'C',
      thread: 8,
      time: '11-19-2009 11:35:02.000+480',
      message: 'second',
    },
    'the record after it',
  );
  assert.equal(open?.message, 'open');
  assert.equal(open?.component, undefined, 'a value never closed is not read');
});

test('a first word named like an Object property (constructor, toString, __proto__) is no severity', () => {
  for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const [entry] = parseLog(
      `${word} Milestone CS1 11/19/2009 3:27:22 AM CS1SRV SMS_AMT_OPERATION_MANAGER 7217 text`,
    );
    assert.equal(entry?.format, 'bare', word);
    assert.ok(entry?.severity, `${word}: a severity`);
  }
  const [row] = parseLog(
    'Error Milestone CS1 11/19/2009 3:27:22 AM CS1SRV SMS_AMT_OPERATION_MANAGER 7217 text',
  );
  assert.equal(row?.format, 'status-viewer');
  assert.equal(row?.severity, 'error');
});
