import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from './support/browser.ts';
import { firstHeaderQuery, recordTransfers } from './support/first-query.ts';
import { rankedArticles, waitForAnswer } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();

/** The budget of a first query: every byte it makes the browser fetch, as a gzip-serving host sends it. */
const FIRST_QUERY_BUDGET = 100 * 1024;

const isScript = (path: string) => path.endsWith('.js') || path.endsWith('.mjs');

test('the header search box adds no JavaScript: a page with nothing else to run loads none', async () => {
  // The code index has no widget and no code block, so every script it loaded would be the header's.
  const context = await newContext(browser());
  const page = await context.newPage();
  const log = recordTransfers(page);
  await page.goto(site().url('en/codes/'));
  await page.waitForLoadState('networkidle');
  const transfers = await log.settled();
  assert.ok(
    transfers.some((t) => t.path.endsWith('/en/codes/')),
    'the page itself was recorded',
  );
  assert.deepEqual(transfers.map((t) => t.path).filter(isScript), []);
  assert.equal(await page.locator('script').count(), 0, 'no script element, inline or not');
  await context.close();
});

test('focusing and typing in the header box fetches nothing; Enter opens the search page with the answer', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/articles/prerequisites-not-met/'));
  await page.waitForLoadState('networkidle');
  const log = recordTransfers(page);
  const box = page.getByRole('searchbox');
  await box.focus();
  await box.pressSequentially('ipv6 slow');
  await page.waitForTimeout(300);
  assert.deepEqual(await log.settled(), [], 'nothing loads until the query is sent');
  await box.press('Enter');
  await page.waitForURL(
    (url) => url.pathname === '/en/search/' && url.searchParams.get('q') === 'ipv6 slow',
  );
  await waitForAnswer(page, 'ipv6 slow');
  assert.equal((await rankedArticles(page))[0], 'ipv6-slow-response');
  await context.close();
});

test('the search page without a query loads Pagefind on first focus, not on page load', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const log = recordTransfers(page);
  await page.goto(site().url('ja/search/'));
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    (await log.settled())
      .map((t) => t.path)
      .filter((p) => p.includes('/pagefind/') || p.endsWith('codes.json')),
    [],
  );
  const loading = page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
  await page.locator('#search-q').focus();
  await loading;
  await context.close();
});

const FIRST_QUERIES = [
  ['en', 'name resolution', 'no-os-missing-dns-host-record'],
  ['en', '0x80072EE9', 'console-on-xp-sp2-or-server-2003-sp1'],
  ['ja', '名前解決', 'wireless-amt-name-resolution'],
  ['ja', '0x80072EE9', 'console-on-xp-sp2-or-server-2003-sp1'],
] as const;

for (const [lang, query, slug] of FIRST_QUERIES) {
  test(`the first query "${query}" from the header of a ${lang} page costs at most 100 KB gzip, search page included`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/articles/prerequisites-not-met/`));
    const { total, transfers } = await firstHeaderQuery(page, query);
    assert.ok((await rankedArticles(page)).includes(slug), `${query} finds ${slug}`);
    const detail = transfers.map((t) => `${t.path.replace(/^.*\//, '')} ${t.bytes}`).join(', ');
    console.log(
      `first query ${lang} "${query}": ${total} bytes gzip (${(total / 1024).toFixed(1)} KB) in ${transfers.length} requests: ${detail}`,
    );
    assert.ok(total <= FIRST_QUERY_BUDGET, `${total} bytes > ${FIRST_QUERY_BUDGET}`);
    await context.close();
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`/${lang}/search/?q=0x80072EE9 fetches at most 100 KB gzip for its query, beyond the page itself`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const log = recordTransfers(page);
    await page.goto(site().url(`${lang}/search/?q=0x80072EE9`));
    await waitForAnswer(page, '0x80072EE9');
    await page.waitForLoadState('networkidle');
    const transfers = await log.settled();
    // The page itself: its HTML, stylesheet, scripts and icon; everything else is the query's.
    const query = transfers.filter(
      (t) =>
        !t.path.startsWith('/_astro/') && !t.path.endsWith('/search/') && !t.path.endsWith('.svg'),
    );
    const total = query.reduce((sum, t) => sum + t.bytes, 0);
    console.log(
      `first query on /${lang}/search/?q=0x80072EE9: ${total} bytes gzip (${(total / 1024).toFixed(1)} KB) in ${query.length} requests`,
    );
    assert.ok(total <= FIRST_QUERY_BUDGET, `${total} bytes > ${FIRST_QUERY_BUDGET}`);
    await context.close();
  });
}
