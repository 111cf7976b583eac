// The shapes a viewer's copy takes once it has been through a forum, an e-mail or another locale:
// Status Message Viewer rows recognised by the shape of their columns, header rows, and
// CMTrace/Trace32 copies whose last columns were cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import type { LogEntry } from '../../src/lib/diagnose/types.ts';

const AMT = 'SMS_AMT_OPERATION_MANAGER';
/** The Japanese console's description of status message 7217 (the ipv6-slow-response article quotes it). */
const JA_7217 =
  '警告: このコンピュータは IPv4 の前に IPv6 を使用するように構成されています。帯域外管理が IPv4 のみを使用する場合、この構成がこのコンピュータを帯域外で管理する場合のパフォーマンスに悪影響を及ぼす場合があります。';
/** The English and Japanese header rows, TAB-separated as the viewer copies them. */
const EN_HEADER =
  'Severity\tType\tSite code\tDate / Time\tSystem\tComponent\tMessage ID\tDescription\tProcess ID\tThread ID';
const JA_HEADER =
  '重大度\t種類\tサイト コード\t日付/時刻\tシステム\tコンポーネント\tメッセージ ID\t説明\tプロセス ID\tスレッド ID';

/** What a case checks of an entry; `undefined` checks that a field is absent. */
type Picked = {
  [
    K in
      | 'lineStart'
      | 'lineEnd'
      | 'message'
      | 'component'
      | 'time'
      | 'thread'
      | 'severity'
      | 'format'
      | 'statusMessageId'
  ]?: LogEntry[K] | undefined;
};

const cases: [name: string, input: string, expected: Picked[]][] = [
  [
    'reads a Japanese-locale status row with 警告 and マイルストーン under its Japanese header',
    `${JA_HEADER}\r\n警告\tマイルストーン\tCS1\t2009/11/19 11:35:01\tCS1SRV\t${AMT}\t7217\t${JA_7217}\t2412\t3120`,
    [
      {
        lineStart: 2,
        format: 'status-viewer',
        severity: 'warning',
        time: '2009/11/19 11:35:01',
        component: AMT,
        statusMessageId: 7217,
        thread: 3120,
        message: JA_7217,
      },
    ],
  ],
  [
    'reads a Japanese status row with the 12-hour clock (午前) and its description over three lines',
    `警告\tマイルストーン\tCS1\t2009/11/19 午前 11:35:01\tCS1SRV\t${AMT}\t7217\t警告: 一行目。\n二行目。\n三行目。\t2412\t3120`,
    [
      {
        lineStart: 1,
        lineEnd: 3,
        severity: 'warning',
        time: '2009/11/19 午前 11:35:01',
        statusMessageId: 7217,
        thread: 3120,
        message: '警告: 一行目。\n二行目。\n三行目。',
      },
    ],
  ],
  [
    'reads a status row whose TABs became runs of spaces',
    `Warning     Milestone     CS1     11/19/2009 11:35:01 AM     CS1SRV     ${AMT}     7217     Warning: slow.     2412     3120`,
    [
      {
        format: 'status-viewer',
        severity: 'warning',
        time: '11/19/2009 11:35:01 AM',
        component: AMT,
        statusMessageId: 7217,
        thread: 3120,
        message: 'Warning: slow.',
      },
    ],
  ],
  [
    'reads a status row whose columns are single spaces, as KB 3090264 prints it under its header',
    'Severity Type Site code Date / Time System Component Message ID Description  \nInformation Audit PR1 2/9/2014 11:57:49 PM PR1SITE.CONTOSO.COM Microsoft.ConfigurationManagement.exe 30197 User "DOMAIN\\User" modified updates assignment 4.',
    [
      {
        lineStart: 2,
        severity: 'info',
        time: '2/9/2014 11:57:49 PM',
        component: 'Microsoft.ConfigurationManagement.exe',
        statusMessageId: 30197,
        message: 'User "DOMAIN\\User" modified updates assignment 4.',
      },
    ],
  ],
  [
    'reads a single-space row whose system has spaces in brackets',
    `Warning Milestone LB1 4/18/2017 11:50:17 AM [sccm management point server] SMS_MP_CONTROL_MANAGER 5446 MP has rejected the request.`,
    [
      {
        component: 'SMS_MP_CONTROL_MANAGER',
        statusMessageId: 5446,
        time: '4/18/2017 11:50:17 AM',
        message: 'MP has rejected the request.',
      },
    ],
  ],
  [
    'reads a status row without its Thread ID column',
    `Error\tMilestone\tCS1\t19.11.2009 11:35:01\tCS1SRV\t${AMT}\t7203\tText\t2412`,
    [
      {
        severity: 'error',
        time: '19.11.2009 11:35:01',
        statusMessageId: 7203,
        message: 'Text',
        thread: undefined,
      },
    ],
  ],
  [
    'reads a status row without its Process ID and Thread ID columns',
    `Information\tDetail\tCS1\t2009-11-19 11:35:01\tCS1SRV\t${AMT}\t7200\tText\nnot part of it`,
    [
      { lineStart: 1, lineEnd: 1, severity: 'info', statusMessageId: 7200, message: 'Text' },
      { lineStart: 2, format: 'bare' },
    ],
  ],
  [
    'reads a status row whose ID columns are empty',
    `Info\tAudit\tCS1\t19/11/2009 11:35:01\tCS1SRV\t${AMT}\t7200\tText\t\t`,
    [{ severity: 'info', time: '19/11/2009 11:35:01', statusMessageId: 7200, message: 'Text' }],
  ],
  [
    'reads a status row whose empty System column vanished with the spaces',
    `エラー  詳細  CS1  2009/11/19 11:35  ${AMT}  7203  説明文  2412  3120`,
    [
      {
        severity: 'error',
        time: '2009/11/19 11:35',
        component: AMT,
        statusMessageId: 7203,
        thread: 3120,
        message: '説明文',
      },
    ],
  ],
  [
    'reads a status row whose empty System column is an empty TAB column',
    `情報\t監査\tCS1\t2009年11月19日 11:35:01\t\t${AMT}\t7200\t説明文\t2412\t3120`,
    [
      {
        severity: 'info',
        time: '2009年11月19日 11:35:01',
        component: AMT,
        statusMessageId: 7200,
        thread: 3120,
      },
    ],
  ],
  [
    'takes the lines up to the next row as the description of a row whose ID columns were cut',
    `Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tFirst line.\nPossible cause: second.\n\nInformation\tMilestone\tCS1\t11/19/2009 11:36:01 AM\tCS1SRV\t${AMT}\t7200\tNext.`,
    [
      {
        lineStart: 1,
        lineEnd: 2,
        statusMessageId: 7217,
        message: 'First line.\nPossible cause: second.',
      },
      { lineStart: 4, lineEnd: 4, statusMessageId: 7200, message: 'Next.' },
    ],
  ],
  [
    'reads rows in the column order their header row gives',
    `重大度\tメッセージ ID\t日付/時刻\tコンポーネント\tシステム\t説明\tスレッド ID\n警告\t7217\t2009/11/19 午後 11:35:01\t${AMT}\tCS1SRV\t${JA_7217}\t3120`,
    [
      {
        lineStart: 2,
        severity: 'warning',
        statusMessageId: 7217,
        time: '2009/11/19 午後 11:35:01',
        component: AMT,
        thread: 3120,
        message: JA_7217,
      },
    ],
  ],
  [
    'still reads default-order rows below a header that gives another order',
    `Message ID\tSeverity\tDate / Time\tComponent\tDescription\nWarning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\t${AMT}\t7217\tText\t2412\t3120`,
    [{ lineStart: 2, statusMessageId: 7217, component: AMT, message: 'Text' }],
  ],
  [
    'skips the English and Japanese header rows, whatever their spacing',
    [
      EN_HEADER,
      'Severity  Type  Site Code  Date/Time  System  Component  Message ID  Description  Process ID  Thread ID',
      JA_HEADER,
      '重大度 種類 サイトコード 日付 / 時刻 システム コンポーネント メッセージID 説明 プロセスID スレッドID',
      '> Severity Type Site code Date / Time System Component Message ID Description',
    ].join('\n'),
    [],
  ],
  [
    'leaves lines that only begin like a header as text',
    'Description\nSystem Component\nType the site code into the box',
    [{ format: 'bare', message: 'Description' }, { format: 'bare' }, { format: 'bare' }],
  ],
  [
    'leaves a sentence that starts with a severity word and holds a time as text',
    'Error at 11/19/2009 11:35:01 AM on CS1SRV SMS_AMT_OPERATION_MANAGER 7217 times\nWarning: 3 of 5 11:35 done',
    [{ format: 'bare' }, { format: 'bare' }],
  ],
  [
    'skips the CMTrace header row, with TABs or runs of spaces',
    `Log Text\tComponent\tDate/Time\tThread\nLog Text     Component     Date/Time     Thread\nConnecting\t${AMT}\t11/19/2009 11:35:01 AM\t3120 (0x0C30)`,
    [{ lineStart: 3, format: 'viewer-copy', component: AMT, thread: 3120 }],
  ],
  [
    'reads a CMTrace copy whose Thread column was cut, after TABs',
    `GetAMTPowerState fail with result:0x80072EE9\tOobconsole\t2009/11/19 午後 11:35:01`,
    [
      {
        format: 'viewer-copy',
        component: 'Oobconsole',
        time: '2009/11/19 午後 11:35:01',
        thread: undefined,
        message: 'GetAMTPowerState fail with result:0x80072EE9',
      },
    ],
  ],
  [
    'reads a Trace32 copy whose Thread column was cut, after runs of spaces',
    `Error:cannot put change to AMT_RedirectionService instance.      ${AMT}      2009年11月19日 11:35:01`,
    [
      {
        format: 'viewer-copy',
        component: AMT,
        time: '2009年11月19日 11:35:01',
        message: 'Error:cannot put change to AMT_RedirectionService instance.',
      },
    ],
  ],
  [
    'reads CMTrace copies cut after a component-looking component',
    `Sent request\t${AMT}\nFailed to download policy      TSMBootstrap`,
    [
      {
        format: 'viewer-copy',
        component: AMT,
        time: undefined,
        thread: undefined,
        message: 'Sent request',
      },
      { format: 'viewer-copy', component: 'TSMBootstrap', message: 'Failed to download policy' },
    ],
  ],
  [
    'leaves a line cut after a word that does not look like a component as text',
    'Failed to connect Oobconsole\nFailed to connect\tHello\nstarted SMS_EXECUTIVE',
    [{ format: 'bare' }, { format: 'bare' }, { format: 'bare' }],
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

/** The viewer's date/time in the locales people paste from. */
const DATE_FORMS = [
  '11/19/2009 11:35:01 AM',
  '2009/11/19 11:35:01',
  '2009-11-19 11:35:01',
  '19.11.2009 11:35:01',
  '19/11/2009 11:35:01',
  '2009/11/19 午前 11:35:01',
  '2009/11/19 11:35',
  '2009年11月19日 11:35:01',
];

for (const time of DATE_FORMS) {
  test(`reads the date/time "${time}" in a status row and in a CMTrace copy`, () => {
    const [row] = parseLog(
      `Warning\tMilestone\tCS1\t${time}\tCS1SRV\t${AMT}\t7217\tText\t2412\t3120`,
    );
    assert.equal(row?.format, 'status-viewer');
    assert.equal(row?.time, time);
    const [copy] = parseLog(`Text\t${AMT}\t${time}\t3120 (0x0C30)`);
    assert.equal(copy?.format, 'viewer-copy');
    assert.equal(copy?.time, time);
  });
}
