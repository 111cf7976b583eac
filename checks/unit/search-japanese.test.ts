import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRewrites, rewriteJapaneseQuery } from '../../src/lib/search/japanese-query.ts';
import {
  indexedWords,
  japaneseRewrites,
  splitIntoIndexed,
} from '../../src/lib/search/japanese-rewrites.ts';
import { mergeRelaxed, relaxedTerms, withoutStopWords } from '../../src/lib/search/relax.ts';

const J = '\u034F';
const Z = '\u200B';
const rewrites = compileRewrites({
  split: { 証明書: ['証明', '書'], プロビジョニング: ['プロ', 'ビジョニング'] },
  whole: ['クエリ', 'ルーター'],
});

const cases: [query: string, expected: string, why: string][] = [
  ['証明書', '証明 書', 'a compound the index holds in parts gets its parts'],
  ['証明書のサブジェクト', '証明 書 のサブジェクト', 'inside a sentence, at a word boundary'],
  [
    'プロビジョニング済み',
    `プ${J}ロ ビ${J}ジ${J}ョ${J}ニ${J}ン${J}グ 済み`,
    'katakana parts are joined so Intl.Segmenter keeps each whole',
  ],
  ['クエリ', `ク${J}エ${J}リ`, 'a katakana word Intl.Segmenter would cut is joined'],
  [
    'ルーターやファイアウォール',
    `ル${J}ー${J}タ${J}ーやファイアウォール`,
    'only the listed words are touched',
  ],
  ['SQL クエリを実行', `SQL ク${J}エ${J}リを実行`, 'mixed scripts'],
  ['名前解決', '名前解決', 'a query without a disagreement stays as it is'],
  ['0x80072EE9', '0x80072EE9', 'codes are untouched'],
  [
    'AMT_RedirectionService',
    'AMTRedirectionService',
    'an identifier is looked up in its joined form, as articles are indexed',
  ],
  ['SMS_AMT_OPERATION_MANAGER', 'SMSAMTOPERATIONMANAGER', 'every underscore'],
  ['CSMSAMTProvTask::StartProvision', 'CSMSAMTProvTaskStartProvision', 'a C++ scope'],
  ['disc.ResourceId', 'discResourceId', 'a qualified name'],
  ['Oobconsole.log を開く', 'Oobconsolelog を開く', 'a file name'],
  [
    'description:Invalid Parameter',
    'description Invalid Parameter',
    'a single colon between words is two words',
  ],
  ['192.168.0.1', '192.168.0.1', 'an address is untouched'],
  ['-2147012887', '-2147012887', 'a signed decimal code is untouched'],
];

for (const [query, expected, why] of cases) {
  test(`rewriteJapaneseQuery turns ${JSON.stringify(query)} into ${JSON.stringify(expected)} (${why})`, () => {
    assert.equal(rewriteJapaneseQuery(query, rewrites), expected);
  });
}

test('the joiner disappears when Pagefind folds diacritics, leaving the indexed word', () => {
  assert.equal(
    `ク${J}エ${J}リ`.normalize('NFD').replace(/\p{M}/gu, ''),
    'クエリ'.normalize('NFD').replace(/\p{M}/gu, ''),
  );
  assert.deepEqual(
    [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(`ク${J}エ${J}リ`)].length,
    1,
  );
});

test('indexedWords reads the words Pagefind separated with zero-width spaces', () => {
  assert.deepEqual(indexedWords(`証明${Z}書${Z}の${Z}サブジェクト (${Z}FQDN${Z})`), [
    '証明',
    '書',
    'の',
    'サブジェクト',
    'fqdn',
  ]);
});

test('splitIntoIndexed prefers the fewest indexed words and gives up when a letter is missing', () => {
  const vocabulary = new Set(['管理', '者', '管', '理者', '大', '文字']);
  assert.deepEqual(splitIntoIndexed('管理者', vocabulary), ['管理', '者']);
  assert.equal(splitIntoIndexed('証明書', vocabulary), undefined);
});

test('japaneseRewrites finds the compounds the index split and the katakana words the browser would cut', () => {
  const found = japaneseRewrites([`証明${Z}書${Z}の${Z}クエリ${Z}を${Z}実行${Z}する`]);
  assert.deepEqual(found.split, { 証明書: ['証明', '書'] });
  assert.deepEqual(found.whole, ['クエリ']);
});

test('relaxedTerms keeps the meaningful words of a symptom', () => {
  assert.deepEqual(relaxedTerms('The console is stuck on Connecting', 'en'), [
    'console',
    'stuck',
    'connecting',
  ]);
  assert.deepEqual(relaxedTerms('電源状態しか表示されない', 'ja'), ['電源', '状態', '表示']);
});

test('withoutStopWords drops English stop words unless nothing else is left or the query is quoted', () => {
  assert.equal(withoutStopWords('console stuck on Connecting', 'en'), 'console stuck Connecting');
  assert.equal(withoutStopWords('on the', 'en'), 'on the');
  assert.equal(withoutStopWords('"stuck on Connecting"', 'en'), '"stuck on Connecting"');
  assert.equal(withoutStopWords('接続中のまま', 'ja'), '接続中のまま');
});

test('mergeRelaxed puts pages with every word first, then the rest by the sum of their scores', () => {
  const r = (id: string, score: number) => ({ id, score });
  const merged = mergeRelaxed(
    [r('all', 9)],
    [
      [r('all', 5), r('a', 2), r('b', 1)],
      [r('b', 3), r('c', 2.5)],
    ],
  );
  assert.deepEqual(
    merged.map((m) => m.id),
    ['all', 'b', 'c', 'a'],
  );
});
