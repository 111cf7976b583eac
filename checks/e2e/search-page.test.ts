import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { UI } from '../../src/i18n/site.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { collectDialogs, collectErrors, newContext } from './support/browser.ts';
import { rankedArticles, resultCount, searchFor, waitForAnswer } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const XP = 'console-on-xp-sp2-or-server-2003-sp1';
const kb = loadKnowledgeBase('content');

/** Presses Tab until an element matching the selector has focus (at most 40 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const [lang, facility] of [
  ['en', 'Facility'],
  ['ja', 'ファシリティ'],
] as const) {
  test(`/${lang}/search/?q=0x80072EE9 shows the code card, then the XP SP2 article first`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(site().url(`${lang}/search/?q=0x80072EE9`));
    await waitForAnswer(page, '0x80072EE9');
    assert.equal(await page.locator('#search-q').inputValue(), '0x80072EE9');
    const card = page.locator('.search-output > :first-child');
    assert.equal(await card.getAttribute('data-code'), '0x80072EE9');
    const text = await card.innerText();
    for (const expected of [
      'ERROR_WINHTTP_INVALID_OPTION',
      facility,
      'WIN32 (7)',
      '0x2EE9',
      '12009',
    ])
      assert.ok(text.includes(expected), `card shows ${expected}`);
    assert.equal((await rankedArticles(page))[0], XP);
    assert.ok(
      (await page.locator('.search-results > li').count()) > 0,
      'full-text results follow the card',
    );
    assert.ok(
      (await page.locator('.search-result__excerpt mark').count()) > 0,
      'excerpts are highlighted',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a code the knowledge base has no article for still gets its meaning', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/search/?q=-2147024891')); // 0x80070005, E_ACCESSDENIED: in no article
  await waitForAnswer(page, '-2147024891');
  const card = page.locator('.code-card');
  assert.equal(await card.getAttribute('data-code'), '0x80070005');
  const text = await card.innerText();
  for (const expected of ['WIN32 (7)', 'Win32 error code', 'No article covers this code yet.'])
    assert.ok(text.includes(expected), `card shows ${expected}`);
  await context.close();
});

test('with JavaScript off the search page links to the article index', async () => {
  const context = await newContext(browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site().url('en/search/?q=0x80072EE9'));
  const link = page.locator('.noscript').getByRole('link', { name: UI.en.allArticles });
  assert.equal(await link.getAttribute('href'), '/en/articles/');
  assert.equal(await page.locator('#search-q').count(), 1, 'the form is still there');
  await context.close();
});

test('filters narrow the results and live in the URL, which restores them', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/search/'));
  await searchFor(page, 'console');
  const all = await resultCount(page);
  await page.locator('summary', { hasText: UI.en.searchFilters }).click();
  await page.getByRole('checkbox', { name: UI.en.categories['name-resolution'] }).check();
  await waitForAnswer(page, 'console');
  await page.waitForURL(/[?&]category=name-resolution/);
  const filtered = await rankedArticles(page);
  const count = await resultCount(page);
  assert.ok(count > 0 && count < all, `${count} of ${all}`);
  const inCategory = kb.articles
    .filter((a) => a.facts.category === 'name-resolution')
    .map((a) => a.slug);
  for (const slug of filtered)
    assert.ok(inCategory.includes(slug), `${slug} is not about name resolution`);
  assert.equal(new URL(page.url()).search, '?q=console&category=name-resolution');
  await page.reload();
  await waitForAnswer(page, 'console');
  assert.ok(
    await page.getByRole('checkbox', { name: UI.en.categories['name-resolution'] }).isChecked(),
  );
  assert.deepEqual(await rankedArticles(page), filtered);
  await context.close();
});

test('the search page works with the keyboard alone and announces its results', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/search/'));
  await tabTo(page, '#search-q');
  await page.keyboard.type('ipv6');
  await page.keyboard.press('Enter');
  await waitForAnswer(page, 'ipv6');
  const status = page.getByRole('status').filter({ hasText: 'ipv6' });
  assert.match(await status.innerText(), /\d+ results? for “ipv6”/);
  await tabTo(page, '.search-results a');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/articles/ipv6-slow-response/');
  await context.close();
});

test('typing a new query drops the older answer', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/search/'));
  await searchFor(page, 'ipv6'); // Pagefind is loaded: what follows is only the two searches
  await page.locator('#search-q').fill('wireless');
  await page.locator('#search-q').press('Enter');
  await page.locator('#search-q').fill('0x80072EE9');
  await page.locator('#search-q').press('Enter');
  await waitForAnswer(page, '0x80072EE9');
  await page.waitForTimeout(300); // room for a late "wireless" answer to (wrongly) land
  assert.equal(await page.locator('[data-output]').getAttribute('data-query'), '0x80072EE9');
  assert.equal(await page.locator('.code-card').count(), 1);
  assert.equal((await rankedArticles(page))[0], XP);
  await context.close();
});

test('a query with markup is shown as text and never runs', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const dialogs = collectDialogs(page);
  const payload = '<img src=x onerror=alert(1)> console';
  await page.goto(site().url(`en/search/?q=${encodeURIComponent(payload)}`));
  await waitForAnswer(page, payload);
  assert.ok(
    (await page.locator('[data-status]').innerText()).includes('<img src=x onerror=alert(1)>'),
  );
  assert.equal(await page.locator('kb-search img, kb-search script').count(), 0);
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('the first three results are drawn at once; "show more" adds the next five and moves focus to them', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/search/?q=console'));
  await waitForAnswer(page, 'console');
  const found = await resultCount(page);
  assert.ok(found > 3, `"console" finds ${found} pages`);
  const items = page.locator('.search-results > li');
  assert.equal(await items.count(), 3);
  await page.getByRole('button', { name: `Show ${Math.min(found - 3, 5)} more` }).click();
  await page.waitForFunction(() => !document.querySelector('.search-more:disabled'));
  assert.equal(await items.count(), Math.min(found, 8));
  assert.ok(
    await page.evaluate(
      () =>
        document.activeElement ===
        document.querySelectorAll('.search-results > li')[3]?.querySelector('a'),
    ),
    'focus is on the fourth result',
  );
  await context.close();
});
