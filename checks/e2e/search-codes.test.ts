import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { parseCode } from '../../src/lib/diagnose/codes.ts';
import { LANGS } from '../../src/schemas/languages.ts';
import { collectErrors, newContext } from './support/browser.ts';
import { pagefindAlone, rankedArticles, searchFor } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const kb = loadKnowledgeBase('content');
/** Every [code, article] pair that facts.yaml files name. */
const pairs = kb.articles.flatMap((a) => a.facts.codes.map((code) => [code, a.slug] as const));

/** The spellings of the issue for a code: 0x80072EE9, 80072ee9, 0x80072ee9, -2147012887, 2147954409. */
function spellings(code: string): string[] {
  const value = parseCode(code)!;
  const hex = code.slice(2).toLowerCase();
  return [...new Set([code, hex, `0x${hex}`, String(value | 0), String(value >>> 0)])];
}

// Matches a short decimal, e.g. "2": a word of countless pages, which only the code card can answer
const RE_SHORT_DECIMAL = /^-?\d{1,4}$/;
/** A spelling Pagefind alone can be expected to find: hex, or a decimal too long to be an ordinary number. */
const distinctive = (spelling: string) => !RE_SHORT_DECIMAL.test(spelling);

test('the articles name error codes to check', () => {
  assert.ok(pairs.length >= 4, `${pairs.length} codes`);
});

for (const lang of LANGS) {
  test(`every code of every article, in every spelling, puts the article in the top three on /${lang}/search/`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(site().url(`${lang}/search/`));
    const misses: string[] = [];
    for (const [code, slug] of pairs) {
      for (const spelling of spellings(code)) {
        await searchFor(page, spelling);
        const top = (await rankedArticles(page)).slice(0, 3);
        if (!top.includes(slug)) misses.push(`${spelling} → ${top.join(', ')} (expected ${slug})`);
        if (
          (await page.locator('.search-output > .code-card').first().getAttribute('data-code')) !==
          code
        )
          misses.push(`${spelling}: no code card for ${code}`);
      }
    }
    assert.deepEqual(misses, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`Pagefind alone finds each article by its codes' common spellings (${lang})`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/search/`));
    await searchFor(page, spellings(pairs[0]![0])[0]!); // loads Pagefind as the page sets it up
    const misses: string[] = [];
    for (const [code, slug] of pairs) {
      for (const spelling of spellings(code).filter(distinctive)) {
        const top = await pagefindAlone(page, spelling);
        if (!top.includes(`/${lang}/articles/${slug}/`))
          misses.push(`${spelling} → ${top.join(', ')}`);
      }
    }
    assert.deepEqual(misses, []);
    await context.close();
  });
}

test('the code card of a code that is not an HRESULT (0x2) shows no HRESULT fields; an HRESULT card does', async () => {
  const page = await browser().newPage();
  await page.goto(site().url('en/search/'));
  await searchFor(page, '0x00000002');
  const card = page.locator('.search-output > .code-card').first();
  assert.equal(await card.getAttribute('data-code'), '0x00000002');
  assert.equal(await card.locator('.code-card__fields').count(), 0);
  await searchFor(page, '0x80072EE9');
  assert.equal(await page.locator('.search-output > .code-card .code-card__fields').count(), 1);
  await page.close();
});
