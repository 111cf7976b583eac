import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  codeSpellings,
  decodeHresult,
  findCodes,
  formatCode,
  parseCode,
} from '../../src/lib/diagnose/codes.ts';
import { isThreadMarker, RE_CODE_TOKEN } from '../../src/lib/diagnose/code-find.ts';

const WINHTTP = 0x80072ee9;

const parseCases: [input: string, expected: number | undefined, why: string][] = [
  ['0x80072EE9', WINHTTP, 'canonical spelling'],
  ['0x80072ee9', WINHTTP, 'lower-case hex'],
  ['80072ee9', WINHTTP, 'bare 8 hex digits'],
  ['80072EE9', WINHTTP, 'bare upper-case hex'],
  ['-2147012887', WINHTTP, 'signed decimal'],
  ['2147954409', WINHTTP, 'unsigned decimal'],
  ['  0x80072EE9  ', WINHTTP, 'surrounding whitespace'],
  ['0x2', 2, 'short hex'],
  ['result:0x2', 2, 'with the label Oobconsole.log uses'],
  ['(80004005)', 0x80004005, 'in parentheses, as smsts.log writes it'],
  ['80041001', 0x80041001, 'all-digit HRESULT starting with 8'],
  ['c0002825', 0xc0002825, 'bare hex starting with C'],
  ['&H80072EE9', WINHTTP, 'VBScript spelling'],
  ['0x80090308L', 0x80090308, 'winerror.h spelling with L suffix'],
  ['12009', 12009, 'decimal Win32 code'],
  ['12345678', 12345678, 'eight decimal digits not starting with 8 stay decimal'],
  ['0x123456789', undefined, 'more than 8 hex digits'],
  ['4294967296', undefined, 'decimal beyond 32 bits'],
  ['-2147483649', undefined, 'decimal below -2^31'],
  ['hello', undefined, 'a word'],
  ['', undefined, 'empty'],
];

for (const [input, expected, why] of parseCases) {
  test(`parseCode reads ${JSON.stringify(input)} (${why})`, () => {
    assert.equal(parseCode(input), expected);
  });
}

const findCases: [message: string, expected: number[], why: string][] = [
  ['GetAMTPowerState fail with result:0x80072EE9', [WINHTTP], 'Oobconsole.log line'],
  [
    'Failed to call CheckCertificate provider method, 80041001',
    [0x80041001],
    'bare HRESULT at the end',
  ],
  ['Failed to get client identity (80004005)', [0x80004005], 'bare HRESULT in parentheses'],
  ['Error 0x6fcb970 returned by ApplyControlToken', [0x06fcb970], 'short 0x value'],
  ['HRESULT -2147012887 returned', [WINHTTP], 'negative decimal'],
  ['-2146893048', [0x80090308], 'negative decimal for an SSPI code'],
  ['a (0xc0002825). b (0xc0003e93).', [0xc0002825, 0xc0003e93], 'several codes'],
  ['thumbprint 55B7AF313A725CA10BB47A382494A3BD2927D1FB', [], 'a long hex run is not a code'],
  ['SMSID = 895232ED-98CF-49F1-9416-231E142648CC', [], 'GUID parts are not codes'],
  ['KSU2002D-8F6BCC28 package', [], 'package-ID parts are not codes'],
  ['thread 3120 (0x0C30) stopped', [], 'thread marker with equal decimal and hex'],
  ['<thread=3120 (0xC30)>', [], 'SMS trailer thread block'],
  ['thread=0x0C30', [], 'thread= with a hex value'],
  ['retry 5 (0x80004005)', [0x80004005], 'decimal and hex differ, so not a thread marker'],
  ['11/19/2009 11:35:01 AM 08-22-2016 04:15:01.917+420', [], 'timestamps'],
  ['value 2147954409 and -12345', [], 'positive and small negative decimals'],
  ['abc0x80072EE9 and 0x80072EE9x', [], 'codes glued into longer tokens'],
  ['80072EE9.log', [], 'bare hex glued to a file extension'],
  ['code 80072EE9.', [WINHTTP], 'bare hex ending a sentence'],
];

for (const [message, expected, why] of findCases) {
  test(`findCodes finds ${expected.length} code(s) in ${JSON.stringify(message)} (${why})`, () => {
    assert.deepEqual(
      findCodes(message).map((m) => m.value),
      expected,
    );
  });
}

test('findCodes reports offsets into the message', () => {
  const message = 'fail with result:0x80072EE9 and -2147012887';
  const mentions = findCodes(message);
  assert.deepEqual(
    mentions.map((m) => message.slice(m.start, m.end)),
    ['0x80072EE9', '-2147012887'],
  );
});

test('formatCode writes 0x and 8 upper-case hex digits', () => {
  assert.equal(formatCode(WINHTTP), '0x80072EE9');
  assert.equal(formatCode(2), '0x00000002');
  assert.equal(formatCode(-2147012887), '0x80072EE9');
});

const hresultCases: [value: number, expected: ReturnType<typeof decodeHresult>][] = [
  [WINHTTP, { severity: 'error', facility: 7, facilityName: 'WIN32', code: 0x2ee9, win32: 12009 }],
  [0x800703e3, { severity: 'error', facility: 7, facilityName: 'WIN32', code: 995, win32: 995 }],
  [0x80004005, { severity: 'error', facility: 0, facilityName: 'NULL', code: 0x4005 }],
  [0x80090308, { severity: 'error', facility: 9, facilityName: 'SECURITY', code: 0x308 }],
  [0x80041001, { severity: 'error', facility: 4, facilityName: 'ITF', code: 0x1001 }],
  [0x80240022, { severity: 'error', facility: 36, facilityName: 'WINDOWSUPDATE', code: 0x22 }],
  [2, { severity: 'success', facility: 0, facilityName: 'NULL', code: 2 }],
  [0x87ff0001, { severity: 'error', facility: 0x7ff, code: 1 }],
];

for (const [value, expected] of hresultCases) {
  test(`decodeHresult splits ${formatCode(value)}`, () => {
    assert.deepEqual(decodeHresult(value), expected);
  });
}

test('codeSpellings lists every spelling a person might type, with the Win32 code', () => {
  const spellings = codeSpellings(WINHTTP);
  for (const s of [
    '0x80072EE9',
    '0x80072ee9',
    '80072EE9',
    '80072ee9',
    '-2147012887',
    '2147954409',
    '12009',
  ]) {
    assert.ok(spellings.includes(s), s);
  }
  assert.equal(new Set(spellings).size, spellings.length);
});

test('codeSpellings omits the Win32 code outside FACILITY_WIN32', () => {
  assert.ok(!codeSpellings(0x80004005).includes(String(0x4005)));
});

test('every spelling parses back to the same value', () => {
  for (const value of [WINHTTP, 0x80004005, 0x80041001, 0xc0002825, 2]) {
    for (const s of codeSpellings(value)) {
      if (s === String(decodeHresult(value).win32)) continue;
      assert.equal(parseCode(s), value, s);
    }
  }
});

/** Numbers below n from a seeded linear congruential generator: the same inputs on every run. */
function randomBelow(seed: number): (n: number) => number {
  let state = seed;
  return (n) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % n;
}

test('isThreadMarker, which looks at the last character first, says what its two regexes alone say', () => {
  // The regexes as they were before the shortcut: the reference.
  const threadBefore = /thread\s*[=:]\s*(?:\d+\s*\(\s*)?$/i;
  const decimalBeforeParen = /(?:^|[^0-9A-Za-z])(\d{1,10}) ?\($/;
  const reference = (text: string, start: number, value: number) => {
    const before = text.slice(Math.max(0, start - 32), start);
    if (threadBefore.test(before)) return true;
    const decimal = decimalBeforeParen.exec(before)?.[1];
    return decimal !== undefined && Number(decimal) === value;
  };
  const pieces = [
    'thread',
    'Thread',
    '=',
    ':',
    '(',
    ' ',
    '\t',
    '\u3000',
    '\u00a0',
    '3120',
    '12',
    'x',
    'result',
    '',
    ')',
  ];
  const random = randomBelow(7);
  let agreed = 0;
  for (let i = 0; i < 20_000; i++) {
    let before = '';
    for (let k = random(7); k > 0; k--) before += pieces[random(pieces.length)];
    const text = `${before}0x0C30`;
    for (const value of [0x0c30, 12, 3120]) {
      assert.equal(
        isThreadMarker(text, before.length, value),
        reference(text, before.length, value),
        JSON.stringify(text),
      );
      agreed++;
    }
  }
  assert.equal(agreed, 60_000);
  assert.ok(isThreadMarker('thread=3120 (0x0C30)', 13, 0x0c30));
  assert.ok(isThreadMarker('3120 (0x0C30)', 6, 3120));
  assert.ok(!isThreadMarker('result 0x80004005', 7, 0x80004005));
});

test('the code-token regex matches what its first form (look-behinds first) matched', () => {
  const firstForm =
    /(?<![0-9A-Za-z])(?:0[xX][0-9A-Za-z]{1,8}|[0-9Cc][0-9A-Za-z]{7}|(?<=-)[0-9Cc][0-9A-Za-z]{0,9})(?![0-9A-Za-z])/g;
  const pieces = [
    '0',
    'x',
    'X',
    'C',
    'c',
    '8',
    '-',
    ' ',
    'a',
    'Z',
    '9',
    '0x8007',
    '80004005',
    '\n',
    '(',
    '_',
    'é',
  ];
  const random = randomBelow(11);
  const matches = (re: RegExp, text: string) =>
    [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
  let found = 0;
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    for (let k = random(12); k > 0; k--) text += pieces[random(pieces.length)];
    const expected = matches(firstForm, text);
    assert.deepEqual(matches(RE_CODE_TOKEN, text), expected, JSON.stringify(text));
    found += expected.length;
  }
  // The inputs hold codes, not only misses.
  assert.ok(found > 1000, `${found} matches`);
});
