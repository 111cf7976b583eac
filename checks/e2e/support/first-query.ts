// What a first search costs on the wire: every response after the page has loaded, as a
// gzip-serving host would send it. Shared by the budget check and the benchmark.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { waitForAnswer } from './search-page.ts';

export interface Transfer {
  path: string;
  bytes: number;
}

/** Bytes on the wire with gzip: Pagefind's files are gzip already, so they count as they are. */
const gzipBytes = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/** Records every response of a page from now on that came over the network, with its gzip size. */
export function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  const record = async (response: Response) => {
    // Chromium reports a response served from its cache with no (or a negative) body size.
    const { responseBodySize } = await response.request().sizes();
    if (responseBodySize <= 0 && response.status() === 200) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    transfers.push({ path: new URL(response.url()).pathname, bytes: gzipBytes(body) });
  };
  page.on('response', (response) => void record(response));
  return transfers;
}

/**
 * Types a first query into the header box of an already loaded page and presses Enter; returns
 * everything the browser fetched from then until the search page showed its answer: the search
 * page itself, its script, Pagefind, its index and the code catalogue.
 */
export async function firstHeaderQuery(
  page: Page,
  query: string,
): Promise<{ total: number; transfers: Transfer[] }> {
  await page.waitForLoadState('networkidle');
  const transfers = recordTransfers(page);
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await waitForAnswer(page, query);
  await page.waitForLoadState('networkidle');
  return { total: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers };
}
