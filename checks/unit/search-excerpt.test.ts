import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptParts } from '../../src/lib/search/excerpt.ts';

const cases: [excerpt: string, expected: [string, boolean][], why: string][] = [
  [
    'GetAMTPowerState fail with <mark>0x80072EE9</mark>.',
    [
      ['GetAMTPowerState fail with ', false],
      ['0x80072EE9', true],
      ['.', false],
    ],
    'one highlight',
  ],
  [
    '<mark>電源</mark><mark>オン </mark>パスワード',
    [
      ['電源', true],
      ['オン ', true],
      ['パスワード', false],
    ],
    'adjacent highlights',
  ],
  [
    '&lt;ConfigMgrInstallationPath&gt;\\Logs',
    [['<ConfigMgrInstallationPath>\\Logs', false]],
    'escaped angle brackets become text',
  ],
  [
    '&lt;img src=x onerror=alert(1)&gt; <mark>img</mark>',
    [
      ['<img src=x onerror=alert(1)> ', false],
      ['img', true],
    ],
    'markup in the page text stays text',
  ],
  [
    '<b>bold</b> <mark>x</mark>',
    [
      ['<b>bold</b> ', false],
      ['x', true],
    ],
    'a tag other than mark is text',
  ],
  ['', [], 'empty'],
];

for (const [excerpt, expected, why] of cases) {
  test(`excerptParts splits ${JSON.stringify(excerpt)} (${why})`, () => {
    assert.deepEqual(
      excerptParts(excerpt).map((p) => [p.text, p.mark]),
      expected,
    );
  });
}
