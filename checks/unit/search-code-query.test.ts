import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCodeQuery } from '../../src/lib/search/code-query.ts';
import { codeIndexTerms, identifierIndexTerms } from '../../src/lib/search/index-terms.ts';

const cases: [query: string, expected: ReturnType<typeof readCodeQuery>, why: string][] = [
  ['0x80072EE9', { code: '0x80072EE9', unmistakable: true }, 'canonical spelling'],
  ['0x80072ee9', { code: '0x80072EE9', unmistakable: true }, 'lower-case hex'],
  [
    '80072ee9',
    { code: '0x80072EE9', unmistakable: true },
    'bare 8 hex digits, as a forum post writes it',
  ],
  [
    '-2147012887',
    { code: '0x80072EE9', unmistakable: true },
    'signed decimal, as a script prints it',
  ],
  [
    '2147954409',
    { code: '0x80072EE9', unmistakable: true },
    'unsigned decimal of an error HRESULT',
  ],
  [' 0x80072EE9 ', { code: '0x80072EE9', unmistakable: true }, 'surrounding spaces'],
  ['0x2', { code: '0x00000002', unmistakable: true }, 'short hex'],
  ['00000002', { code: '0x00000002', unmistakable: true }, 'eight digits, the bare canonical form'],
  [
    '2',
    { code: '0x00000002', unmistakable: false },
    'a small decimal is a code only if the catalogue knows it',
  ],
  [
    '2003',
    { code: '0x000007D3', unmistakable: false },
    'a year reads as a code only if the catalogue knows it',
  ],
  ['name resolution', undefined, 'words'],
  ['0x80072EE9 Oobconsole.log', undefined, 'a code inside a sentence is a word search'],
];

for (const [query, expected, why] of cases) {
  test(`readCodeQuery reads ${JSON.stringify(query)} (${why})`, () => {
    assert.deepEqual(readCodeQuery(query), expected);
  });
}

test('codeIndexTerms lists each spelling once, lower-case and unsigned as Pagefind indexes them', () => {
  assert.equal(codeIndexTerms(['0x80072EE9']), '0x80072ee9 80072ee9 2147012887 2147954409 12009');
  assert.equal(codeIndexTerms(['0x00000002']), '0x00000002 00000002 0x2 2');
});

test('codeIndexTerms throws on something that is not a code', () => {
  assert.throws(() => codeIndexTerms(['ERROR_FAIL']), /not an error code: ERROR_FAIL/);
});

test('identifierIndexTerms joins each identifier into one lower-case word, once', () => {
  assert.equal(
    identifierIndexTerms([
      'AMT_RedirectionService',
      'CSMSAMTProvTask::StartProvision',
      'Amtopmgr.log',
      'amtopmgr.log',
      'E_FAIL',
    ]),
    'amtredirectionservice csmsamtprovtaskstartprovision amtopmgrlog efail',
  );
});
