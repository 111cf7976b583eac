import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import { parseLog, parseLogLines } from '../../src/lib/diagnose/parse.ts';
import { countLines, splitLines } from '../../src/lib/diagnose/parse-lines.ts';
import type { LogEntry } from '../../src/lib/diagnose/types.ts';
import { assertLinear } from './support/linear-time.ts';

const REAL_LOGS = 'checks/fixtures/real-logs/';

/** Every verbatim line of the real logs, as raw material for generated pastes. */
const REAL_LINES = readdirSync(REAL_LOGS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(`${REAL_LOGS}${f}`, 'utf8').split('\n'))
  .filter((line) => line && !line.startsWith('#'));

/** Pieces of every format, including the anchors on their own. */
const PIECES = [
  ...REAL_LINES,
  '<![LOG[',
  ']LOG]!>',
  '<time="1:2:3.4+0" date="1-2-2009" component="C" context="" type="3" thread="4" file="f">',
  '<time="',
  '$$<',
  '$$<SMS_AMT_OPERATION_MANAGER>',
  '<11-19-2009 11:35:01.123+480>',
  '<thread=3120 (0xC30)>',
  '<Fri Mar 26 10:43:41.547 1999 Eastern Standard Time>',
  '~~',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '> ',
  '>',
  'STATMSG: ID=7217 SEV=E COMP="SMS_AMT_OPERATION_MANAGER"',
  'SEV=',
  'ID=',
  '0x80072EE9',
  '0x',
  '80041001',
  '-2147012887',
  '3120 (0x0C30)',
  ' (0x',
  '11/19/2009 11:35:01 AM',
  '19.11.2009 11:35:01',
  'SMS_AMT_OPERATION_MANAGER',
  'エラー',
  '警告',
  '\u0000',
  '\uFFFD',
  '\uD800',
  'x',
  ' ',
  '"',
  // A status row's head and tail, and a CMTrace copy's TAB columns: rows that span lines.
  'Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\tSMS_AMT_OPERATION_MANAGER\t7217\t',
  '\t2412\t3120',
  '\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:01 AM\t3120 (0x0C30)',
  // Status rows and header rows in the other shapes: runs of spaces, single spaces, Japanese, cut.
  'Warning  Milestone  CS1  2009/11/19 午前 11:35:01  CS1SRV  SMS_AMT_OPERATION_MANAGER  7217  ',
  '  2412  3120',
  'Information Audit PR1 2/9/2014 11:57:49 PM PR1SITE.CONTOSO.COM Microsoft.ConfigurationManagement.exe 30197 ',
  '警告\tマイルストーン\tCS1\t2009年11月19日 11:35:01\t\tSMS_AMT_OPERATION_MANAGER\t7217\t',
  '\t\t',
  'Severity\tType\tSite code\tDate / Time\tSystem\tComponent\tMessage ID\tDescription\tProcess ID\tThread ID',
  '重大度 メッセージ ID 日付/時刻 コンポーネント 説明 スレッド ID',
  'Log Text\tComponent\tDate/Time\tThread',
  'message\tSMS_AMT_OPERATION_MANAGER',
  '      TSMBootstrap      2009/11/19 11:35',
];

/** Random pastes: mixtures of format pieces, arbitrary strings, or one piece repeated into a huge line. */
const pastes = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '[',
        ']',
        '!',
        'L',
        'O',
        'G',
        '$',
        '\n',
        ' ',
        '\t',
        '0',
        'x',
        '(',
        ')',
        '~',
      ),
      maxLength: 400,
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PIECES), fc.integer({ min: 100, max: 5000 }))
      .map(([p, n]) => p.repeat(n)),
  },
);

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Asserts the invariants every entry of any parse must hold. */
function assertWellFormed(text: string, entries: LogEntry[]): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  let previous = 1;
  for (const e of entries) {
    assert.ok(Number.isInteger(e.lineStart) && Number.isInteger(e.lineEnd));
    assert.ok(
      1 <= e.lineStart && e.lineStart <= e.lineEnd && e.lineEnd <= lineCount,
      JSON.stringify(e),
    );
    assert.ok(e.lineStart >= previous, 'entries come in line order');
    previous = e.lineStart;
    assert.ok(SEVERITIES.has(e.severity));
    assert.equal(typeof e.message, 'string');
    for (const c of e.codes)
      assert.ok(0 <= c.start && c.start < c.end && c.end <= e.message.length && c.value >= 0);
  }
}

test('parseLog never throws and keeps line ranges valid on generated input', () => {
  fc.assert(
    fc.property(pastes, (text) => assertWellFormed(text, parseLog(text))),
    { numRuns: 4000 },
  );
});

test('a parse told which lines it keeps gives the same entries over them, and outlines of the rest', () => {
  fc.assert(
    fc.property(pastes, fc.array(fc.nat(), { maxLength: 6 }), (text, picks) => {
      const lines = splitLines(text);
      const whole = parseLogLines(lines);
      // The last line of some entries (a hit may be on any line of a record, not only its first).
      const keptLines = new Set(
        picks.map((pick) => (whole[pick % whole.length]?.lineEnd ?? 1) - 1),
      );
      const wanted = (first: number, last: number) => {
        for (let line = first; line <= last; line++) if (keptLines.has(line)) return true;
        return false;
      };
      const told = parseLogLines(lines, wanted);
      assert.equal(told.length, whole.length);
      told.forEach((entry, i) => {
        const expected = whole[i]!;
        if (wanted(entry.lineStart - 1, entry.lineEnd - 1)) assert.deepEqual(entry, expected);
        else {
          // What the stream's window tests read is the same; the rest is not worked out.
          const { lineStart, lineEnd, message, format } = expected;
          assert.deepEqual(entry, {
            lineStart,
            lineEnd,
            message,
            format,
            severity: 'info',
            codes: [],
          });
        }
      });
    }),
    { numRuns: 2000 },
  );
});

test('decodeLogBytes never throws on generated bytes', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc
      .array(
        fc.constantFrom(0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x82, 0xa0, 0x81, 0x40, 0x41, 0x0a),
        { maxLength: 2000 },
      )
      .map((a) => new Uint8Array(a)),
  );
  fc.assert(
    fc.property(bytes, (b) => {
      const decoded = decodeLogBytes(b);
      assert.equal(typeof decoded.text, 'string');
      assert.equal(typeof decoded.binary, 'boolean');
    }),
    { numRuns: 2000 },
  );
});

/** A real status row's columns up to its description, TAB-separated. */
const ROW_HEAD =
  'Warning\tMilestone\tCS1\t11/19/2009 11:35:01 AM\tCS1SRV\tSMS_AMT_OPERATION_MANAGER\t7217\t';

/** Adversarial inputs of about n characters: unterminated anchors, huge lines, many lines. */
const ADVERSARIAL: [name: string, make: (n: number) => string][] = [
  ['one huge line of text', (n) => 'a'.repeat(n)],
  ['<![LOG[ without end', (n) => '<![LOG['.repeat(n / 7)],
  ['<![LOG[ without end on every line', (n) => '<![LOG[x\n'.repeat(n / 9)],
  [
    'unterminated records closed at the very end',
    (n) => `${'<![LOG[x\ny\n'.repeat(n / 11)}]LOG]!>`,
  ],
  [']LOG]!> with half an attribute block', (n) => ']LOG]!><time="1'.repeat(n / 16)],
  ['$$< without >', (n) => '$$<'.repeat(n / 3)],
  ['SMS records on one line', (n) => 'm  $$<C><1:11><thread=1 (0x1)>'.repeat(n / 31)],
  ['message lines waiting for a wrapped trailer', (n) => 'msg\n$$<C>\n'.repeat(n / 10)],
  ['tildes before a trailer', (n) => `${'~'.repeat(n)}x  $$<C>`],
  ['spaces and thread markers', (n) => ' 1 (0x1)'.repeat(n / 8)],
  ['Trace32 copy lines', (n) => `x  SMS_A  11/19/2009 11:35:01 AM  1 (0x1)\n`.repeat(n / 41)],
  ['tabs', (n) => 'a\t'.repeat(n / 2)],
  ['code-like tokens', (n) => '0x1 -2147012887 80041001 '.repeat(n / 25)],
  [
    'status row heads whose descriptions never end',
    (n) => `W\tM\tS\t1:11\tX\tC\t1\td\n${'description line\n'.repeat(58)}`.repeat(n / 1000),
  ],
  [
    'CMTrace copy rows with many message lines between them',
    (n) =>
      `${'message line\n'.repeat(50)}m\tSMS_A\t11/19/2009 11:35:01 AM\t1 (0x1)\n`.repeat(n / 700),
  ],
  [
    'status row heads followed by lines with TABs that never end the row',
    (n) =>
      `W\tM\tS\t1:11\tX\tC\t1\td\n${`${'x'.repeat(200)}\tword\n`.repeat(58)}`.repeat(n / 12000),
  ],
  [
    'a status row head before a huge description',
    (n) => `W\tM\tS\t1:11\tX\tC\t1\td\n${'x'.repeat(n)}\n`,
  ],
  [
    'real status row heads cut before their IDs, each before many description lines',
    (n) => `${ROW_HEAD}d\n${'description line\n'.repeat(58)}`.repeat(n / 1100),
  ],
  [
    'real status row heads cut before their IDs, each a few lines before the next',
    (n) => `${ROW_HEAD}d\n${'line\n'.repeat(10)}`.repeat(n / 160),
  ],
  [
    'status rows with single spaces',
    (n) => 'Warning Milestone CS1 11/19/2009 11:35:01 AM CS1SRV SMS_X 7217 d\n'.repeat(n / 66),
  ],
  [
    'single-space heads that never make a row',
    (n) => 'Warning Milestone CS1 11/19/2009 11:35:01 AM a b c d e f g h i j k l\n'.repeat(n / 70),
  ],
  [
    'status rows with runs of spaces and empty columns',
    (n) =>
      'Error    Detail    CS1    2009/11/19 午前 11:35:01        SMS_X    1    d        \n'.repeat(
        n / 75,
      ),
  ],
  ['a status row head with a huge number of TAB cells', (n) => `Warning\t${'x\t'.repeat(n / 2)}`],
  ['a status row whose description is a huge run of TABs', (n) => `${ROW_HEAD}${'\t'.repeat(n)}`],
  [
    'header rows',
    (n) =>
      'Severity\tType\tSite code\tDate / Time\tSystem\tComponent\tMessage ID\tDescription\n'.repeat(
        n / 80,
      ),
  ],
  [
    'lines that begin like a header',
    (n) =>
      'Severity Type Site code Date / Time System Component Message ID nothing\n'.repeat(n / 70),
  ],
  [
    'CMTrace rows cut after their component',
    (n) => 'message\tSMS_AMT_OPERATION_MANAGER\n'.repeat(n / 35),
  ],
  [
    'CMTrace rows cut after their date',
    (n) => 'message      SMS_X      2009年11月19日 11:35:01\n'.repeat(n / 48),
  ],
];

for (const [name, make] of ADVERSARIAL) {
  test(`parses ${name} in linear time`, () => {
    assertLinear(parseLog, make(128 * 1024), make(1024 * 1024), 8);
  });
}

test('decodes bytes in linear time', () => {
  const make = (n: number): Uint8Array =>
    new Uint8Array(n).map((_, i) => [0x83, 0x47, 0x41, 0xe9][i % 4] ?? 0);
  assertLinear(decodeLogBytes, make(512 * 1024), make(4 * 1024 * 1024), 8);
});

test('countLines agrees with splitLines on any mix of CR, LF and CRLF', () => {
  const text = fc
    .array(fc.constantFrom('\r', '\n', '\r\n', 'a', ' ', 'あ'), { maxLength: 200 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (t) => assert.equal(countLines(t), splitLines(t).length)),
    { numRuns: 2000 },
  );
});
