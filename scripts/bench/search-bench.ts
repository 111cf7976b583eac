// The first search's cost on the wire (gzip), measured in Chromium from an article page's header
// box, in both languages, for a word query and a code query.
import { launchBrowser, newContext } from '../../checks/e2e/support/browser.ts';
import { firstHeaderQuery } from '../../checks/e2e/support/first-query.ts';
import { serveSite } from '../../checks/e2e/support/static-server.ts';

export interface FirstQueryRow {
  lang: string;
  query: string;
  bytes: number;
  requests: number;
}

const QUERIES = [
  ['en', 'name resolution'],
  ['en', '0x80072EE9'],
  ['ja', '名前解決'],
  ['ja', '0x80072EE9'],
] as const;

/** One fresh browser context per query, so nothing is cached between them. */
export async function benchFirstQueries(dist: string): Promise<FirstQueryRow[]> {
  const site = await serveSite(dist, '/');
  const browser = await launchBrowser();
  const rows: FirstQueryRow[] = [];
  try {
    for (const [lang, query] of QUERIES) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(site.url(`${lang}/articles/prerequisites-not-met/`));
      const { total, transfers } = await firstHeaderQuery(page, query);
      rows.push({ lang, query, bytes: total, requests: transfers.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}
