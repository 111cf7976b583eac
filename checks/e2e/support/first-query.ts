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

/** What a page fetched: `settled()` waits for the responses still being measured. */
export interface TransferLog {
  settled: () => Promise<Transfer[]>;
}

/** Records every response of a page from now on that came over the network, with its gzip size. */
export function recordTransfers(page: Page): TransferLog {
  const transfers: Transfer[] = [];
  const pending = new Set<Promise<void>>();
  const record = async (response: Response) => {
    // Chromium reports a response served from its cache with no (or a negative) body size.
    const { responseBodySize } = await response.request().sizes();
    if (responseBodySize <= 0 && response.status() === 200) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    transfers.push({ path: new URL(response.url()).pathname, bytes: gzipBytes(body) });
  };
  page.on('response', (response) => {
    // A response still arriving when its page closes cannot be measured, and came after the
    // measured window: it is left out rather than left to reject unhandled.
    const measuring = record(response).catch(() => undefined);
    pending.add(measuring);
    void measuring.finally(() => pending.delete(measuring));
  });
  return {
    settled: async () => {
      while (pending.size > 0) await Promise.all(pending);
      return transfers;
    },
  };
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
  const log = recordTransfers(page);
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await waitForAnswer(page, query);
  await page.waitForLoadState('networkidle');
  const transfers = await log.settled();
  return { total: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers };
}
