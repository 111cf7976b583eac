import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  excerptStart,
  findRun,
  pageExcerpt,
  type ExcerptSource,
} from '../../src/lib/search/page-excerpt.ts';

/** A result's data with a match score of 1 at each location. */
const source = (raw_content: string, locations: number[], codes?: string): ExcerptSource => ({
  excerpt: '(pagefind)',
  raw_content,
  weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
  meta: codes ? { codes } : {},
});

const XP =
  'Console on XP SP2 cannot connect. 0x80072ee9 80072ee9 2147012887 2147954409 12009. Not supported before XP SP3. When Oobconsole.log shows 0x80072EE9, update.';
// The same text as Pagefind stores a segmented (Japanese) page: words separated by U+200B.
const XP_JA = [
  '接続',
  'できない. ',
  '0x80072ee9 ',
  '80072ee9 ',
  '2147012887 ',
  '2147954409 ',
  '12009',
  '. ',
  '帯域外',
  '管理',
  '0x80072EE9 ',
  'が',
  '記録',
].join('\u200B');

const runs: [words: string[], run: string, expected: ReturnType<typeof findRun>, why: string][] = [
  [
    ['a.', '0x1', '1.', 'b'],
    '0x1 1',
    { start: 1, length: 2 },
    'the full stop Pagefind adds ends the last word',
  ],
  [
    ['a', '0x1 ', '1', '. ', 'b'],
    '0x1 1',
    { start: 1, length: 3 },
    'segmented words, the full stop on its own',
  ],
  [['a', '0x1', 'b', '1'], '0x1 1', undefined, 'the words apart are the page text'],
  [['0x1'], '0x1 1', undefined, 'a run cut short'],
  [
    ['efail.', '0x80004005', 'E_FAIL.'],
    'efail',
    { start: 0, length: 1 },
    'a one-word run with its full stop',
  ],
];
for (const [words, run, expected, why] of runs) {
  test(`findRun finds "${run}" in ${JSON.stringify(words)} (${why})`, () => {
    assert.deepEqual(findRun(words, run), expected);
  });
}

test('excerptStart picks the densest window, as Pagefind does', () => {
  const at = (...locations: number[]) =>
    locations.map((location) => ({ location, balanced_score: 1 }));
  assert.equal(excerptStart(at(2, 40, 41, 42), 5), 38);
  assert.equal(excerptStart(at(1), 5), 0);
  assert.equal(excerptStart([], 5), 0);
});

test('pageExcerpt leaves out the spellings and keeps the page text and its matches', () => {
  // Matches: the spelling "0x80072ee9" (word 6) and the text's "0x80072EE9," (word 19).
  const excerpt = pageExcerpt(source(XP, [6, 19], '0x80072EE9'), 8);
  assert.equal(
    excerpt,
    'before XP SP3. When Oobconsole.log shows <mark>0x80072EE9,</mark> update.',
  );
});

test('pageExcerpt shows the beginning of the page when only the spellings matched', () => {
  assert.equal(pageExcerpt(source(XP, [9], '0x80072EE9'), 6), 'Console on XP SP2 cannot connect.');
});

test('pageExcerpt rebuilds a segmented (Japanese) text without the spellings', () => {
  assert.equal(
    pageExcerpt(source(XP_JA, [2, 10], '0x80072EE9'), 30),
    '接続できない. 帯域外管理<mark>0x80072EE9 </mark>が記録',
  );
});

test("pageExcerpt keeps Pagefind's excerpt for a page without codes or without its text", () => {
  assert.equal(pageExcerpt(source(XP, [6])), '(pagefind)');
  assert.equal(pageExcerpt({ excerpt: '(pagefind)', meta: { codes: '0x80072EE9' } }), '(pagefind)');
});
