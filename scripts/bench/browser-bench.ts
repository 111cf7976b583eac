// Section 4: the widget in Chromium on the built site. A 2.5 MB log (a ConfigMgr log's default
// maximum size) is dropped as a file, or pasted from the clipboard (Ctrl+V) and diagnosed with the
// button; the time to the answer and every main-thread task over 50 ms (Long Tasks API) are recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../checks/e2e/support/browser.ts';
import { serveSite, type RunningSite } from '../../checks/e2e/support/static-server.ts';
import {
  actAndWait,
  pasteTiming,
  prepareLog,
  recorded,
  stagePaste,
  startObserving,
  type Slice,
} from './browser-page.ts';

/** Idle time after each step, so that its rendering tasks are recorded too. */
const SETTLE_MS = 1000;
const PASTE_LIMIT_MS = 120_000;
const LOG_NAME = 'amtopmgr.log';

export type Scenario = 'drop' | 'paste';

/** Long tasks and the longest animation frame within a window of time. */
export interface TaskWindow {
  tasksMs: number[];
  worstFrame?: Slice;
}

/** One run of one scenario; times in ms from the drop or the click. */
export interface BrowserRun extends TaskWindow {
  resultMs: number;
  paintedMs: number;
  matches: number;
  lead: string;
  /** Paste runs: from the paste event until the paste has landed (held or inserted), and every long task from Ctrl+V to the click. */
  paste?: TaskWindow & { ms: number };
}

export interface BrowserResult {
  chromium: string;
  logBytes: number;
  drop: BrowserRun[];
  paste: BrowserRun[];
}

function within(
  recorded: { tasks: Slice[]; frames: Slice[] },
  from: number,
  to: number,
): TaskWindow {
  const inside = (s: Slice) => s.start >= from && s.start < to;
  const worstFrame = recorded.frames.filter(inside).sort((a, b) => b.duration - a.duration)[0];
  return {
    tasksMs: recorded.tasks.filter(inside).map((s) => s.duration),
    ...(worstFrame ? { worstFrame } : {}),
  };
}

/** Pastes with Ctrl+V into the focused textarea and waits until the paste has landed. */
async function pasteFromClipboard(page: Page): Promise<{ start: number; end: number }> {
  await page.evaluate(stagePaste);
  await page.locator('kb-diagnose textarea').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(
    () => (window as unknown as { __benchPaste: { end?: number } }).__benchPaste.end !== undefined,
    undefined,
    { timeout: PASTE_LIMIT_MS },
  );
  const { start = Number.NaN, end = Number.NaN } = await page.evaluate(pasteTiming);
  return { start, end };
}

async function runScenario(
  browser: Browser,
  site: RunningSite,
  bytes: Buffer,
  scenario: Scenario,
): Promise<BrowserRun> {
  const context = await browser.newContext({
    colorScheme: 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    const page = await context.newPage();
    await page.route('**/__bench/**', (route) =>
      route.fulfill({ status: 200, body: bytes, contentType: 'text/plain; charset=utf-8' }),
    );
    await page.goto(site.url('en/diagnose/'));
    await page.getByRole('textbox').first().focus();
    await page.waitForSelector('kb-diagnose[data-ready]');
    await page.evaluate(prepareLog, { url: site.url(`__bench/${LOG_NAME}`), name: LOG_NAME });
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(startObserving);
    const paste = scenario === 'paste' ? await pasteFromClipboard(page) : undefined;
    if (paste) await page.waitForTimeout(SETTLE_MS);
    const action: 'drop' | 'click' = scenario === 'paste' ? 'click' : 'drop';
    const timing = await page.evaluate(actAndWait, action);
    await page.waitForTimeout(SETTLE_MS);
    const entries = await page.evaluate(recorded);
    const run: BrowserRun = {
      resultMs: timing.result - timing.start,
      paintedMs: timing.painted - timing.start,
      ...within(entries, timing.start, Infinity),
      matches: timing.matches,
      lead: timing.lead,
    };
    if (paste) run.paste = { ms: paste.end - paste.start, ...within(entries, 0, timing.start) };
    return run;
  } finally {
    await context.close();
  }
}

/** Runs both scenarios `runs` times each; says why when the build or Chromium is missing. */
export async function benchBrowser(
  distDir: string,
  logPath: string,
  runs: number,
): Promise<BrowserResult | { skipped: string }> {
  if (!existsSync(join(distDir, 'en', 'diagnose', 'index.html')))
    return { skipped: `no site build in ${distDir}/: run npm run build first` };
  const bytes = readFileSync(logPath);
  const site = await serveSite(distDir, '/');
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const result: BrowserResult = {
      chromium: browser.version(),
      logBytes: bytes.length,
      drop: [],
      paste: [],
    };
    for (let i = 0; i < runs; i++)
      result.drop.push(await runScenario(browser, site, bytes, 'drop'));
    for (let i = 0; i < runs; i++)
      result.paste.push(await runScenario(browser, site, bytes, 'paste'));
    return result;
  } catch (error) {
    return { skipped: `browser part failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await browser?.close();
    await site.close();
  }
}
