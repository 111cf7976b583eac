// Page-weight budget, from the build output: an article page's first visit costs at most 14 KB
// gzipped in all (HTML, CSS, eager JavaScript), at most 4 KB of it JavaScript.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const TOTAL_BUDGET = 14 * 1024;
const JS_BUDGET = 4 * 1024;

const articlePages = ['ja', 'en'].flatMap((lang) =>
  readdirSync(`dist/${lang}/articles`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${lang}/articles/${d.name}/index.html`),
);

test('every article page is in the build', () => {
  assert.equal(articlePages.length, 30);
});

test('every article page costs at most 14 KB gzipped on a first visit, at most 4 KB of it JavaScript', () => {
  const weights = articlePages.map((page) => pageWeight('dist', page));
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const mostJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(
    `heaviest article: ${heaviest.page} ${heaviest.total} B (html ${heaviest.html}, css ${heaviest.css}, js ${heaviest.js}); most JS: ${mostJs.js} B`,
  );
  for (const w of weights) {
    assert.ok(w.total <= TOTAL_BUDGET, `${w.page}: ${w.total} B > ${TOTAL_BUDGET} B`);
    assert.ok(w.js <= JS_BUDGET, `${w.page}: ${w.js} B of JavaScript > ${JS_BUDGET} B`);
  }
});

test('the widget, the worker and the search code are not loaded eagerly', () => {
  const { files } = pageWeight('dist', 'en/articles/ipv6-slow-response/index.html');
  assert.deepEqual(
    files.filter((f) => /controller|worker|pagefind/.test(f)),
    [],
  );
});
