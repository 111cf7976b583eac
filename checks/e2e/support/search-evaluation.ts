// The site's own search, given the evaluation set's descriptions as queries: the ranking that the
// widget must at least equal. Shared by the check and the benchmark.
import type { Browser } from 'playwright-core';
import type { Description, EvalLang } from '../../../scripts/lib/evaluation.ts';
import { rankedArticles, searchFor } from './search-page.ts';

// Matches a run of white space, e.g. "\n  " between two lines of a description
const RE_SPACES = /\s+/g;

/** Articles the search page links to for each description (code card, then results), by id. */
export async function searchRankings(
  browser: Browser,
  url: (path: string) => string,
  descriptions: readonly Description[],
): Promise<Map<string, string[]>> {
  const ranked = new Map<string, string[]>();
  for (const lang of ['ja', 'en'] as const satisfies EvalLang[]) {
    const page = await browser.newPage();
    await page.goto(url(`${lang}/search/`));
    for (const d of descriptions.filter((x) => x.lang === lang)) {
      // The search box takes one line, as a person would paste a description into it.
      await searchFor(page, d.text.replace(RE_SPACES, ' ').trim());
      ranked.set(d.id, await rankedArticles(page));
    }
    await page.close();
  }
  return ranked;
}
