// Shared set-up for browser checks: one static server and one browser per test file.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type RunningSite } from './static-server.ts';

/** Starts the built site and Chromium before the file's tests and stops them after. */
export function useSite(options: { root?: string; base?: string } = {}): {
  site: () => RunningSite;
  browser: () => Browser;
} {
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  before(async () => {
    site = await serveSite(options.root ?? 'dist', options.base ?? '/');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    site: () => site ?? assertNever('site not started'),
    browser: () => browser ?? assertNever('browser not started'),
  };
}

function assertNever(message: string): never {
  throw new Error(message);
}
