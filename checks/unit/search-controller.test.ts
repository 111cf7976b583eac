import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchController } from '../../src/components/search/controller.ts';

// A stand-in for pagefind.js: a term's results arrive after the delay its first word names
// ("slow…" 60 ms), and each result is the term itself, so an answer shows which query it is for.
const FAKE_PAGEFIND = `
  export const options = async () => {};
  export const init = async () => {};
  export const search = async (term) => {
    await new Promise((resolve) => setTimeout(resolve, term.startsWith('slow') ? 60 : 0));
    const hit = (id, score) => ({ id, score, data: async () => ({ url: '/' + id + '/', excerpt: id, meta: { title: id } }) });
    const results = term === 'console stuck Connecting' ? [] : [hit(term, term.length)];
    return { results, unfilteredResultCount: results.length };
  };`;
const bundle = `data:text/javascript,${encodeURIComponent(FAKE_PAGEFIND)}`;
const controller = () =>
  new SearchController({ lang: 'en', bundle, base: '/', codes: 'data:application/json,{}' });

test('drops the answer of a search that a newer search overtook', async () => {
  const search = controller();
  const [older, newer] = await Promise.all([
    search.search('slowquery'),
    search.search('fastquery'),
  ]);
  assert.equal(older, undefined);
  assert.deepEqual(
    newer?.results.map((r) => r.id),
    ['fastquery'],
  );
});

test('keeps every answer when searches do not overlap', async () => {
  const search = controller();
  assert.deepEqual(
    (await search.search('slowone'))?.results.map((r) => r.id),
    ['slowone'],
  );
  assert.deepEqual(
    (await search.search('fastone'))?.results.map((r) => r.id),
    ['fastone'],
  );
});

test('relaxes a query that finds too little to each of its meaningful words', async () => {
  const outcome = await controller().search('The console is stuck on Connecting');
  assert.deepEqual(outcome?.results.map((r) => r.id).sort(), ['connecting', 'console', 'stuck']);
});

test('answers an empty query with nothing, without searching', async () => {
  assert.deepEqual(await controller().search('   '), { query: '', card: undefined, results: [] });
});

test('shows a code card for an unmistakable code even when the catalogue does not know it', async () => {
  const outcome = await controller().search('0x80070005');
  assert.equal(outcome?.card?.code, '0x80070005');
  assert.equal(outcome?.card?.parts.win32, 5);
  assert.equal(outcome?.card?.entry, undefined);
});

test('shows no code card for a small number the catalogue does not know', async () => {
  assert.equal((await controller().search('2003'))?.card, undefined);
});
