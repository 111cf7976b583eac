// What a first search costs on the wire: every response after the page has loaded, as a
// gzip-serving host would send it. Shared by the budget check and the benchmark.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { waitForAnswer } from './search-page.ts';

export interface Transfer { path: string; bytes: number }

/** Bytes on the wire with gzip: Pagefind's files are gzip already, so they count as they are. */
const gzipBytes = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/** Records every response of a page from now on, with its gzip size. */
export function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  const record = async (response: Response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    transfers.push({ path: new URL(response.url()).pathname, bytes: gzipBytes(body) });
  };
  page.on('response', (response) => void record(response));
  return transfers;
}

/** Types a first query into the header box of an already loaded page; returns what it fetched. */
export async function firstHeaderQuery(page: Page, query: string): Promise<{ total: number; transfers: Transfer[] }> {
  await page.waitForLoadState('networkidle');
  const transfers = recordTransfers(page);
  const box = page.getByRole('searchbox');
  await box.focus();
  await box.fill(query);
  await waitForAnswer(page, query, 'kb-search-box');
  await page.waitForLoadState('networkidle');
  return { total: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers };
}
