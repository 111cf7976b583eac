import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from './support/browser.ts';
import { firstHeaderQuery, recordTransfers } from './support/first-query.ts';
import { rankedArticles, waitForAnswer } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();

/** The budget of a first query: every byte it makes the browser fetch, as a gzip-serving host sends it. */
const FIRST_QUERY_BUDGET = 100 * 1024;
/** The most the header's search box may add to a page load: its focus listener. */
const LISTENER_BUDGET = 600;

test('an article page loads no search code or index until the search box is focused', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const transfers = recordTransfers(page);
  await page.goto(site().url('en/articles/ipv6-slow-response/'));
  await page.waitForLoadState('networkidle');
  const loaded = transfers.map((t) => t.path);
  assert.deepEqual(loaded.filter((p) => p.includes('/pagefind/') || p.endsWith('codes.json') || /header-search|kb-search|search\.astro/.test(p)), []);
  const listener = transfers.filter((t) => t.path.includes('SearchBox'));
  assert.equal(listener.length, 1, 'the header loads one small listener');
  assert.ok(listener[0]!.bytes <= LISTENER_BUDGET, `listener: ${listener[0]!.bytes} bytes gzip`);
  console.log(`search listener on page load: ${listener[0]!.bytes} bytes gzip`);
  await page.getByRole('searchbox').focus();
  await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
  await context.close();
});

const FIRST_QUERIES = [
  ['en', 'name resolution', 'no-os-missing-dns-host-record'],
  ['en', '0x80072EE9', 'console-on-xp-sp2-or-server-2003-sp1'],
  ['ja', '名前解決', 'wireless-amt-name-resolution'],
  ['ja', '0x80072EE9', 'console-on-xp-sp2-or-server-2003-sp1'],
] as const;

for (const [lang, query, slug] of FIRST_QUERIES) {
  test(`the first query "${query}" from the header of a ${lang} page costs at most 100 KB gzip`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/articles/prerequisites-not-met/`));
    const { total, transfers } = await firstHeaderQuery(page, query);
    assert.ok((await rankedArticles(page, '.site-search__panel')).includes(slug), `${query} finds ${slug}`);
    const detail = transfers.map((t) => `${t.path.replace(/^.*\//, '')} ${t.bytes}`).join(', ');
    console.log(`first query ${lang} "${query}": ${total} bytes gzip (${(total / 1024).toFixed(1)} KB) in ${transfers.length} requests: ${detail}`);
    assert.ok(total <= FIRST_QUERY_BUDGET, `${total} bytes > ${FIRST_QUERY_BUDGET}`);
    await context.close();
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`/${lang}/search/?q=0x80072EE9 fetches at most 100 KB gzip for its query, beyond the page itself`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(site().url(`${lang}/search/?q=0x80072EE9`));
    await waitForAnswer(page, '0x80072EE9');
    await page.waitForLoadState('networkidle');
    // The page itself: its HTML, stylesheet, scripts and icon; everything else is the query's.
    const query = transfers.filter((t) => !t.path.startsWith('/_astro/') && !t.path.endsWith('/search/') && !t.path.endsWith('.svg'));
    const total = query.reduce((sum, t) => sum + t.bytes, 0);
    console.log(`first query on /${lang}/search/?q=0x80072EE9: ${total} bytes gzip (${(total / 1024).toFixed(1)} KB) in ${query.length} requests`);
    assert.ok(total <= FIRST_QUERY_BUDGET, `${total} bytes > ${FIRST_QUERY_BUDGET}`);
    await context.close();
  });
}
