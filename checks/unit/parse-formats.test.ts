import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import type { LogEntry } from '../../src/lib/diagnose/types.ts';

/** A CMTrace attribute block with the given component, type and thread. */
const attrs = (component: string, type: string, thread = '3120'): string =>
  `<time="11:35:01.123+480" date="11-19-2009" component="${component}" context="" type="${type}" thread="${thread}" file="amtopmgr.cpp:42">`;
const SMS = '$$<SMS_AMT_OPERATION_MANAGER><11-19-2009 11:35:01.123+480><thread=3120 (0xC30)>';
const AMT = 'SMS_AMT_OPERATION_MANAGER';

type Picked = Partial<
  Pick<
    LogEntry,
    | 'lineStart'
    | 'lineEnd'
    | 'message'
    | 'component'
    | 'time'
    | 'thread'
    | 'severity'
    | 'format'
    | 'statusMessageId'
  >
>;

const cases: [name: string, input: string, expected: Picked[]][] = [
  [
    'parses a CMTrace record spanning several lines',
    `<![LOG[Line one\r\nline two\r\nline three]LOG]!>${attrs('oobmgmt', '3')}\r\nafter`,
    [
      {
        lineStart: 1,
        lineEnd: 3,
        message: 'Line one\nline two\nline three',
        component: 'oobmgmt',
        severity: 'error',
        format: 'cmtrace',
        thread: 3120,
      },
      { lineStart: 4, lineEnd: 4, message: 'after', format: 'bare' },
    ],
  ],
  [
    'parses two CMTrace records on one line',
    `<![LOG[first]LOG]!>${attrs('A', '2')}<![LOG[second]LOG]!>${attrs('B', '1')}`,
    [
      { lineStart: 1, message: 'first', component: 'A', severity: 'warning' },
      { lineStart: 1, message: 'second', component: 'B', severity: 'info' },
    ],
  ],
  [
    'reads CMTrace attributes wrapped onto the next line',
    `<![LOG[wrapped]LOG]!>\n${attrs('W', '1', '7')}`,
    [
      {
        lineStart: 1,
        lineEnd: 2,
        message: 'wrapped',
        component: 'W',
        thread: 7,
        time: '11-19-2009 11:35:01.123+480',
      },
    ],
  ],
  [
    'keeps type="1" as info even when the message says failed',
    `<![LOG[Failed to connect]LOG]!>${attrs('C', '1')}`,
    [{ severity: 'info', format: 'cmtrace' }],
  ],
  [
    'applies the word rule when the CMTrace type is empty',
    `<![LOG[Failed to connect]LOG]!>${attrs('C', '')}`,
    [{ severity: 'error', format: 'cmtrace' }],
  ],
  [
    'falls back to bare text for an unterminated CMTrace record',
    `<![LOG[cut off here\nnext line\n<![LOG[ok]LOG]!>${attrs('C', '1')}`,
    [
      { lineStart: 1, message: 'cut off here', format: 'bare' },
      { lineStart: 2, message: 'next line', format: 'bare' },
      { lineStart: 3, message: 'ok', format: 'cmtrace' },
    ],
  ],
  [
    'parses the tail of a CMTrace record whose start is missing',
    `end of a message]LOG]!>${attrs('T', '3')}`,
    [
      {
        lineStart: 1,
        message: 'end of a message',
        component: 'T',
        severity: 'error',
        format: 'cmtrace',
      },
    ],
  ],
  [
    'parses an SMS trace line and drops the ~~ marker',
    `Error connecting to AMT 0x80072EE9~~  ${SMS}`,
    [
      {
        message: 'Error connecting to AMT 0x80072EE9',
        component: AMT,
        thread: 3120,
        time: '11-19-2009 11:35:01.123+480',
        format: 'sms-trace',
        severity: 'error',
      },
    ],
  ],
  [
    'keeps the SMS trace format for a STATMSG line and reads its ID and SEV',
    `STATMSG: ID=7217 SEV=W LEV=M SOURCE="SMS Server" COMP="${AMT}" SYS=S SITE=CS1 PID=1 TID=3120  ${SMS}`,
    [{ format: 'sms-trace', statusMessageId: 7217, severity: 'warning', component: AMT }],
  ],
  [
    'parses a bare STATMSG line',
    `STATMSG: ID=7217 SEV=E LEV=M SOURCE="SMS Server" COMP="${AMT}" SYS=S SITE=CS1 PID=1 TID=3120 GMTDATE=Fri Jan 13 22:36:47.610 2012 ISTR0=""`,
    [
      {
        format: 'statmsg',
        statusMessageId: 7217,
        severity: 'error',
        component: AMT,
        thread: 3120,
        time: 'Fri Jan 13 22:36:47.610 2012',
      },
    ],
  ],
  [
    'parses a Trace32 copy separated by runs of spaces',
    `Error: AMT not reachable      ${AMT}                11/19/2009 11:35:01 AM               2880 (0x0B40)`,
    [
      {
        message: 'Error: AMT not reachable',
        component: AMT,
        time: '11/19/2009 11:35:01 AM',
        thread: 2880,
        format: 'viewer-copy',
      },
    ],
  ],
  [
    'parses a CMTrace copy separated by TABs with an ISO-style date',
    `Connecting to AMT\t${AMT}\t2009/11/19 11:35:01\t3120 (0x0C30)`,
    [
      {
        message: 'Connecting to AMT',
        component: AMT,
        time: '2009/11/19 11:35:01',
        thread: 3120,
        format: 'viewer-copy',
      },
    ],
  ],
  [
    'parses a Trace32 copy separated by single spaces with a German date',
    `Verbindung fehlgeschlagen ${AMT} 19.11.2009 11:35:01 3120 (0x0C30)`,
    [
      {
        message: 'Verbindung fehlgeschlagen',
        component: AMT,
        time: '19.11.2009 11:35:01',
        format: 'viewer-copy',
      },
    ],
  ],
  [
    'parses a viewer copy whose component has spaces when columns are TABs',
    `Setup started\tConfiguration Manager Setup\t8/22/2016 4:15:01 AM\t2868 (0x0B34)`,
    [{ message: 'Setup started', component: 'Configuration Manager Setup', thread: 2868 }],
  ],
  [
    'treats a single-space row without a component-like token as bare text',
    'the job ran 11/19/2009 11:35:01 AM 2880 (0x0B40)',
    [{ format: 'bare' }],
  ],
  [
    'parses a Status Message Viewer row with a Japanese severity',
    `警告\tマイルストーン\tCS1\t2009/11/19 11:35:01\tSERVER\t${AMT}\t7217\tIPv6 の説明\t4604\t5720`,
    [
      {
        format: 'status-viewer',
        severity: 'warning',
        statusMessageId: 7217,
        component: AMT,
        thread: 5720,
        message: 'IPv6 の説明',
      },
    ],
  ],
  [
    'reads a localised error severity in a status row',
    `エラー\tMilestone\tCS1\t2009/11/19 11:35:01\tSERVER\t${AMT}\t7203\tText\t4604\t5720`,
    [{ severity: 'error', statusMessageId: 7203 }],
  ],
  [
    'joins a status row whose description continues over several lines, blank ones included',
    `Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tFirst line.\r\n\r\nPossible cause: second.\r\nSolution: third.\t2412\t3120\r\nafter`,
    [
      {
        lineStart: 1,
        lineEnd: 4,
        format: 'status-viewer',
        statusMessageId: 7217,
        thread: 3120,
        component: AMT,
        message: 'First line.\n\nPossible cause: second.\nSolution: third.',
      },
      { lineStart: 5, format: 'bare', message: 'after' },
    ],
  ],
  [
    'joins a quoted multi-line status row',
    `> Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tFirst line.\n> Second line.\t2412\t3120`,
    [{ lineStart: 1, lineEnd: 2, format: 'status-viewer', message: 'First line.\nSecond line.' }],
  ],
  [
    'reads a status row whose ID columns were cut when the next row follows',
    `Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tcut off\nInformation\tMilestone\tCS1\t11/19/2009 11:36:01 AM\tCS1SRV\t${AMT}\t7200\tnext\t2412\t3120`,
    [
      {
        lineStart: 1,
        lineEnd: 1,
        format: 'status-viewer',
        statusMessageId: 7217,
        message: 'cut off',
      },
      { lineStart: 2, format: 'status-viewer', statusMessageId: 7200, message: 'next' },
    ],
  ],
  [
    'reads a status row whose ID columns were cut and leaves the text after it as it is',
    `Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tcut off\nmore text`,
    [
      { lineStart: 1, lineEnd: 1, format: 'status-viewer', message: 'cut off' },
      { lineStart: 2, format: 'bare', message: 'more text' },
    ],
  ],
  [
    'joins the earlier lines of a multi-line message to its row in a TAB-separated CMTrace copy',
    `Sent request\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:01 AM\t3120 (0x0C30)\nCSMSAmtOperation::Execute failed.\nWS-Management fault: the operation timed out\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:02 AM\t3120 (0x0C30)`,
    [
      { lineStart: 1, lineEnd: 1, format: 'viewer-copy', message: 'Sent request' },
      {
        lineStart: 2,
        lineEnd: 3,
        format: 'viewer-copy',
        component: AMT,
        thread: 3120,
        severity: 'error',
        message: 'CSMSAmtOperation::Execute failed.\nWS-Management fault: the operation timed out',
      },
    ],
  ],
  [
    'leaves bare lines before the first row of a CMTrace copy as they are (they may be a note)',
    `My log:\nWS-Management fault\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:02 AM\t3120 (0x0C30)`,
    [
      { lineStart: 1, format: 'bare', message: 'My log:' },
      { lineStart: 2, format: 'viewer-copy', message: 'WS-Management fault' },
    ],
  ],
  [
    'leaves bare lines after the last row of a CMTrace copy as they are',
    `Sent request\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:01 AM\t3120 (0x0C30)\nthat was all`,
    [
      { lineStart: 1, format: 'viewer-copy' },
      { lineStart: 2, format: 'bare', message: 'that was all' },
    ],
  ],
  [
    'applies the Japanese word rule to bare text',
    'AMT への接続に失敗しました\n証明書の警告',
    [{ severity: 'error' }, { severity: 'warning' }],
  ],
  [
    'does not count failover as a failure',
    'Cluster failover completed\nWARNING: disk low',
    [{ severity: 'info' }, { severity: 'warning' }],
  ],
  [
    'strips a markdown quote and produces no entry for blank lines',
    '> first\n\n   \n> > second\n>',
    [
      { lineStart: 1, message: 'first' },
      { lineStart: 4, message: 'second' },
    ],
  ],
  [
    'counts a lone CR as a line break',
    'one\rtwo\r\nthree',
    [{ lineStart: 1 }, { lineStart: 2 }, { lineStart: 3 }],
  ],
];

for (const [name, input, expected] of cases) {
  test(name, () => {
    const entries = parseLog(input);
    assert.equal(entries.length, expected.length, JSON.stringify(entries, null, 1));
    expected.forEach((want, i) => {
      const entry = entries[i] as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(entry[key], value, `#${i} ${key}`);
    });
  });
}

test('returns no entries for empty input', () => {
  assert.deepEqual(parseLog(''), []);
});
