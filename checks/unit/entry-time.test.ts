// Entry times as the engine reads them (src/lib/diagnose/entry-time.ts, timeline.ts,
// time-window.ts): each format's time with its bias, viewer dates in their locales, the merge of
// several files by UTC instant, and --since/--until bounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryTime } from '../../src/lib/diagnose/entry-time.ts';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import { dateOrderOf, readViewerDateTime } from '../../src/lib/diagnose/parse-datetime.ts';
import { inWindow, parseTimeBound, textInWindow } from '../../src/lib/diagnose/time-window.ts';
import { formatEntryTime, mergeTimelines, timeEntries } from '../../src/lib/diagnose/timeline.ts';
import { cmtraceLine, smsLine } from './support/cli.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const timeOf = (line: string) => {
  const [entry] = parseLog(line);
  assert.ok(entry, line);
  return entryTime(entry);
};

const CASES: [string, string, { wall: string; bias?: number; gmt?: true } | undefined][] = [
  // SMS trace: local time and the bias to add for UTC (+480 is UTC-08:00).
  [
    'SMS trace',
    smsLine('Connecting', '11-19-2009 11:35:01.123+480'),
    { wall: '2009-11-19T11:35:01.123', bias: 480 },
  ],
  // East of Greenwich the bias is negative (-540 is Japan, UTC+09:00).
  [
    'SMS trace east',
    smsLine('Connecting', '11-19-2009 11:35:01.123-540'),
    { wall: '2009-11-19T11:35:01.123', bias: -540 },
  ],
  // CMTrace: time="…+bias" and date="MM-DD-YYYY".
  [
    'CMTrace',
    cmtraceLine('Started', '14:24:33.329+420', '06-26-2015'),
    { wall: '2015-06-26T14:24:33.329', bias: 420 },
  ],
  // SMS 2.0 long form: local time, the zone named but no bias.
  [
    'SMS 2.0',
    'Started  $$<SMS_SITE_COMPONENT_MANAGER><Fri Mar 26 10:43:41.547 1999 Eastern Standard Time><thread=281 (0x119)>',
    { wall: '1999-03-26T10:43:41.547' },
  ],
  // STATMSG alone: GMTDATE is UTC.
  [
    'STATMSG',
    'STATMSG: ID=7217 SEV=W LEV=M SOURCE="SMS Server" COMP="SMS_AMT_OPERATION_MANAGER" GMTDATE=Thu Nov 19 02:35:01.123 2009 ISTR0=""',
    { wall: '2009-11-19T02:35:01.123', bias: 0, gmt: true },
  ],
  // Trace32/CMTrace copy: local time as written, no offset.
  [
    'viewer copy',
    'Error:cannot put change\tSMS_AMT_OPERATION_MANAGER\t3/2/2010 10:02:11 PM\t3120 (0x0C30)',
    { wall: '2010-03-02T22:02:11.000' },
  ],
  // Status Message Viewer row in Japanese.
  [
    'status row',
    'Warning\tMilestone\tCS1\t2009/11/19 午前 11:35:01\tCS1SRV\tSMS_AMT_OPERATION_MANAGER\t7217\tText\t2412\t3120',
    { wall: '2009-11-19T11:35:01.000' },
  ],
  // A bare line has no time.
  ['bare', 'GetAMTPowerState fail with result:0x80072EE9', undefined],
];

for (const [name, line, want] of CASES) {
  test(`reads the time of a ${name} entry`, () => {
    const time = timeOf(line);
    if (!want) return assert.equal(time, undefined);
    assert.deepEqual(time, {
      wall: utc(want.wall),
      ...(want.bias !== undefined ? { bias: want.bias } : {}),
      ...(want.gmt ? { gmt: true } : {}),
    });
  });
}

test('reads viewer dates in every locale form, and refuses impossible ones', () => {
  const at = utc('2009-11-19T11:35:01');
  for (const column of [
    '11/19/2009 11:35:01 AM',
    '2009/11/19 11:35:01',
    '2009-11-19 11:35:01',
    '19.11.2009 11:35:01',
    '19/11/2009 11:35:01',
    '2009/11/19 午前 11:35:01',
    '2009年11月19日 11:35:01',
  ]) {
    assert.equal(readViewerDateTime(column), at, column);
  }
  assert.equal(readViewerDateTime('2009/11/19 午後 11:35:01'), utc('2009-11-19T23:35:01'));
  assert.equal(readViewerDateTime('11/19/2009 12:05:00 AM'), utc('2009-11-19T00:05:00'));
  assert.equal(readViewerDateTime('2/30/2009 11:35:01'), undefined);
  assert.equal(readViewerDateTime('13/13/2009 11:35:01'), undefined);
  assert.equal(readViewerDateTime('11/19/2009 25:35:01'), undefined);
});

test('reads a file of ambiguous dates day first when one of them can only be read so', () => {
  assert.equal(dateOrderOf(['3/2/2010 10:02:11', '4/2/2010 10:02:11']), 'mdy');
  assert.equal(dateOrderOf(['3/2/2010 10:02:11', '19/2/2010 10:02:11']), 'dmy');
  assert.equal(readViewerDateTime('3/2/2010 10:02:11', 'dmy'), utc('2010-02-03T10:02:11'));
});

test("an untimed entry takes its neighbour's time in its file", () => {
  const timed = timeEntries(
    parseLog(
      [
        'header line',
        smsLine('Connecting', '11-19-2009 11:35:00.000+480'),
        'continued',
        smsLine('Done', '11-19-2009 11:35:09.000+480'),
      ].join('\n'),
    ),
  );
  assert.deepEqual(
    timed.map((t) => t.time?.wall),
    [
      utc('2009-11-19T11:35:00'),
      utc('2009-11-19T11:35:00'),
      utc('2009-11-19T11:35:00'),
      utc('2009-11-19T11:35:09'),
    ],
  );
  assert.deepEqual(
    timed.map((t) => t.own !== undefined),
    [false, true, false, true],
  );
});

test('merges files by UTC instant across two offsets, viewer rows at the offset the logs state', () => {
  // UTC-08:00: 19:35:00Z and 19:35:10Z. UTC+09:00: 04:35:05 the next day is 19:35:05Z, between them.
  const west = parseLog(
    [
      smsLine('west first', '11-19-2009 11:35:00.000+480'),
      smsLine('west second', '11-19-2009 11:35:10.000+480'),
    ].join('\n'),
  );
  const east = parseLog(cmtraceLine('east', '04:35:05.000-540', '11-20-2009'));
  // A viewer row without an offset at 11:35:07 is read at the logs' offset (UTC-08:00): 19:35:07Z.
  const viewer = parseLog(
    'viewer row\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:07 AM\t3120 (0x0C30)',
  );
  const files = [
    { name: 'west.log', entries: west },
    { name: 'east.log', entries: east },
    { name: 'viewer.txt', entries: viewer },
  ];
  const merged = mergeTimelines(files);
  assert.deepEqual(
    merged.entries.map((t) => t.entry.message),
    ['west first', 'east', 'viewer row', 'west second'],
  );
  assert.equal(merged.localBias, 480);
  assert.equal(merged.localBiasFrom, 'logs');
  // Given another bias, the viewer row moves: 11:35:07 at UTC+09:00 is 02:35:07Z, before all.
  assert.deepEqual(
    mergeTimelines(files, -540).entries.map((t) => t.entry.message),
    ['viewer row', 'west first', 'east', 'west second'],
  );
  assert.equal(formatEntryTime(merged.entries[1]!.own!), '2009-11-20 04:35:05.000 +09:00');
  assert.equal(formatEntryTime(merged.entries[2]!.own!), '2009-11-19 11:35:07.000 local');
});

test('reads --since/--until bounds: local time, or an instant with an offset', () => {
  assert.deepEqual(parseTimeBound('2009-11-19'), {
    from: utc('2009-11-19T00:00:00'),
    to: utc('2009-11-19T23:59:59.999'),
    instant: false,
  });
  assert.deepEqual(parseTimeBound('2009-11-19 11:35'), {
    from: utc('2009-11-19T11:35:00'),
    to: utc('2009-11-19T11:35:59.999'),
    instant: false,
  });
  assert.deepEqual(parseTimeBound('2009-11-19T11:35:01+09:00'), {
    from: utc('2009-11-19T02:35:01'),
    to: utc('2009-11-19T02:35:01.999'),
    instant: true,
  });
  assert.equal(parseTimeBound('2009-11-19T11:35:01.5Z')?.from, utc('2009-11-19T11:35:01.500'));
  for (const bad of ['yesterday', '2009-13-01', '11:35', '2009-11-19 25:00'])
    assert.equal(parseTimeBound(bad), undefined, bad);
});

test('compares a local bound with the time as written, an instant bound with UTC', () => {
  const time = { wall: utc('2009-11-19T11:35:01'), bias: 480 }; // 19:35:01Z
  assert.equal(inWindow(time, { since: parseTimeBound('2009-11-19 11:35') }, 0), true);
  assert.equal(inWindow(time, { until: parseTimeBound('2009-11-19 11:34') }, 0), false);
  assert.equal(inWindow(time, { since: parseTimeBound('2009-11-19T19:00Z') }, 0), true);
  assert.equal(inWindow(time, { since: parseTimeBound('2009-11-19T20:00Z') }, 0), false);
});

test('a window keeps the lines of the entries inside it, so line numbers stay', () => {
  const text = [
    smsLine('early', '11-19-2009 11:30:00.000+480'),
    smsLine('late', '11-19-2009 11:40:00.000+480'),
    'after late',
  ].join('\n');
  const lines = text.split('\n');
  const kept = textInWindow(
    lines,
    timeEntries(parseLog(text)),
    { since: parseTimeBound('2009-11-19 11:35') },
    480,
  );
  assert.deepEqual(kept.text.split('\n'), ['', lines[1], 'after late']);
  assert.equal(kept.kept, 2);
  assert.equal(kept.untimed, 0);
});
