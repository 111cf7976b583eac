// Helpers for the search checks: run a query on /{lang}/search/ and read the ranked answer.
import type { Page } from 'playwright-core';

// Matches an article URL, e.g. /en/articles/ipv6-slow-response/ (under any base)
const RE_ARTICLE = /\/articles\/([a-z0-9-]+)\/$/;

/** Types a query into the search page's box, submits it, and waits until its answer is drawn. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await waitForAnswer(page, query);
}

/** Waits until the answer drawn is the query's and no search is running. */
export async function waitForAnswer(page: Page, query: string, scope = 'kb-search'): Promise<void> {
  await page.waitForFunction(
    ({ q, scope }) =>
      document.querySelector<HTMLElement>(`${scope} [data-query]`)?.dataset['query'] === q &&
      !document.querySelector(`${scope}[aria-busy]`),
    { q: query.trim(), scope },
  );
}

/** The articles the answer links to, in order (code card first, then results), without repeats. */
export async function rankedArticles(page: Page, scope = '.search-output'): Promise<string[]> {
  const paths = await page
    .locator(`${scope} a`)
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return [...new Set(paths.flatMap((p) => RE_ARTICLE.exec(p)?.[1] ?? []))];
}

/** How many pages the answer found, drawn or not (the page draws three, then five per "show more"). */
export async function resultCount(page: Page): Promise<number> {
  return Number(await page.locator('kb-search [data-count]').getAttribute('data-count'));
}

/** Pagefind's own top results for a term, as page paths: the index alone, without the page's UI. */
export function pagefindAlone(
  page: Page,
  term: string,
  bundle = '/pagefind/pagefind.js',
): Promise<string[]> {
  return page.evaluate(
    async ({ term, bundle }) => {
      const pagefind = (await import(bundle)) as {
        search: (t: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      const { results } = await pagefind.search(term);
      return Promise.all(
        results.slice(0, 3).map(async (r) => new URL((await r.data()).url, location.href).pathname),
      );
    },
    { term, bundle },
  );
}
