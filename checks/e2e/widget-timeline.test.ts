// Several dropped files in time: the parsed-log table merges them by UTC instant with a column naming
// each row's file, and the time strip draws a row per file with its errors and the evidence marks,
// with a text alternative; axe finds nothing serious in either theme, diagnosing them makes no
// request, and at 360 px nothing scrolls sideways.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { collectErrors, newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { dropFiles, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

// Logs of two consoles whose clocks disagree with their order: UTC-09:00 (bias +540) writes 10:00 on
// the 19th, UTC+08:00 (offset -480) writes 03:00 on the 20th; in UTC they interleave.
const CONSOLE = 'Oobconsole-utc-0900.log';
const IDER = 'ider-utc+0800.log';
const FILES = [CONSOLE, IDER].map((name) => ({
  name,
  bytes: [...readFileSync(`checks/fixtures/timeline/${name}`)],
}));
const OPTIONS = { timeout: 120_000 };

/** Drops the two files on a widget page and opens its parsed-log table. */
async function dropAndOpenTable(page: Page, path: string): Promise<void> {
  await openWidget(page, site().url(path));
  await dropFiles(page, FILES);
  await page.locator('.parsed-log summary').click();
  await page.locator('.parsed-log tbody tr').first().waitFor();
}

/** The table's rows as [file, line] pairs. */
const tableRows = (page: Page) =>
  page
    .locator('.parsed-log tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [row.children[0]?.textContent, Number(row.children[1]?.textContent)]),
    );

/** A page in a colour scheme, at a desktop or a phone's width. */
async function pageIn(b: Browser, colorScheme: 'light' | 'dark', width?: number) {
  const context = width
    ? await b.newContext({
        viewport: { width, height: 740 },
        isMobile: true,
        hasTouch: true,
        colorScheme,
      })
    : await newContext(b, { colorScheme });
  return context.newPage();
}

test(
  'the table merges two dropped files by UTC instant and names each row’s file',
  OPTIONS,
  async () => {
    const page = await pageIn(browser(), 'light');
    const errors = collectErrors(page);
    await dropAndOpenTable(page, 'en/diagnose/');
    assert.deepEqual(await page.locator('.parsed-log thead th').allTextContents(), [
      'File',
      'Line',
      'Log text',
      'Component',
      'Date/time',
      'Thread',
    ]);
    assert.deepEqual(await tableRows(page), [
      [CONSOLE, 1],
      [IDER, 1],
      [CONSOLE, 2],
      [IDER, 2],
      [CONSOLE, 3],
    ]);
    assert.match(
      await page.locator('.parsed-log').innerText(),
      /The 2 files' entries in the order they happened/,
    );
    await page.getByLabel(/Show errors and warnings only/).check();
    await page.waitForFunction(
      () => document.querySelectorAll('.parsed-log tbody tr').length === 2,
    );
    assert.deepEqual(await tableRows(page), [
      [CONSOLE, 2],
      [IDER, 2],
    ]);
    assert.deepEqual(errors, []);
    await page.context().close();
  },
);

test(
  'the strip draws a row per file with its errors and evidence marks, and says so in text',
  OPTIONS,
  async () => {
    const page = await pageIn(browser(), 'light');
    await dropAndOpenTable(page, 'en/diagnose/');
    const strip = page.locator('kb-diagnose .time-strip');
    const picture = strip.getByRole('img', {
      name: 'Errors, warnings and evidence over time, one row per file (2 files)',
    });
    assert.equal(await picture.count(), 1);
    const span = 'From 2009-11-19 10:00:00 to 2009-11-19 10:00:40 (UTC-09:00).';
    assert.equal(await picture.locator('desc').textContent(), span);
    assert.equal(await strip.locator('.strip-span').textContent(), span);
    const rows = picture.locator('g.strip-row');
    assert.deepEqual(await rows.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-file'))), [
      CONSOLE,
      IDER,
    ]);
    assert.deepEqual(await rows.locator('text').allTextContents(), [CONSOLE, IDER]);
    // Each file's one error, and its evidence where it happened: half-way and three quarters through.
    for (const [i, x] of [
      [0, '50%'],
      [1, '75%'],
    ] as const) {
      const row = rows.nth(i);
      assert.equal(await row.locator('rect.strip-bar--error').count(), 1);
      const marks = await row
        .locator('line.strip-mark')
        .evaluateAll((lines) => lines.map((l) => l.getAttribute('x1')));
      assert.ok(marks.length > 0 && marks.every((m) => m === x), `${i}: ${marks.join(' ')}`);
    }
    const facts = await strip.locator('.strip-facts li').allTextContents();
    assert.equal(facts.length, 2);
    assert.match(
      facts[0]!,
      /^Oobconsole-utc-0900\.log: 1 error and 0 warnings among 3 timed entries; evidence at 2009-11-19 10:00:20 \(line 2, The out of band management console on Windows XP SP2/,
    );
    assert.match(
      facts[1]!,
      /^ider-utc\+0800\.log: 1 error and 0 warnings among 2 timed entries; evidence at 2009-11-19 10:00:30 \(line 2, IDE redirection fails/,
    );
    await page.context().close();
  },
);

test(
  'in Japanese the strip and the table speak Japanese; files without times say why there is no strip',
  OPTIONS,
  async () => {
    const page = await pageIn(browser(), 'light');
    await dropAndOpenTable(page, 'ja/diagnose/');
    assert.equal(await page.locator('.parsed-log thead th').first().textContent(), 'ファイル');
    assert.equal(
      await page.locator('.time-strip .strip-span').textContent(),
      '2009-11-19 10:00:00 から 2009-11-19 10:00:40 まで (UTC-09:00)。',
    );
    assert.match(
      (await page.locator('.time-strip .strip-facts li').first().textContent()) ?? '',
      /^Oobconsole-utc-0900\.log: 時刻のある 3 件のエントリのうち、エラー 1 件、警告 0 件。根拠の位置: 2009-11-19 10:00:20 \(2 行、/,
    );
    await dropFiles(page, [
      { name: 'a.log', bytes: [...Buffer.from('GetAMTPowerState fail with result:0x80072EE9\n')] },
      { name: 'b.log', bytes: [...Buffer.from('Disconnected.\n')] },
    ]);
    assert.equal(await page.locator('kb-diagnose .time-strip').count(), 0);
    assert.equal(
      await page.locator('kb-diagnose .no-strip').textContent(),
      'タイムラインはありません。時刻を持つエントリがありません。',
    );
    await page.context().close();
  },
);

for (const colorScheme of ['light', 'dark'] as const)
  test(
    `axe finds nothing serious with the merged table and the strip shown (${colorScheme})`,
    OPTIONS,
    async () => {
      const page = await pageIn(browser(), colorScheme);
      await dropAndOpenTable(page, 'en/diagnose/');
      await page.locator('.time-strip svg').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      // The bars take the theme's colours (custom properties), which differ between the schemes.
      const fill = await page
        .locator('.time-strip rect.strip-bar--error')
        .first()
        .evaluate((rect) => getComputedStyle(rect).fill);
      assert.equal(fill, colorScheme === 'light' ? 'rgb(180, 35, 24)' : 'rgb(255, 139, 128)');
      await page.context().close();
    },
  );

test(
  'diagnosing the dropped files, their table and their strip make no request',
  OPTIONS,
  async () => {
    const page = await pageIn(browser(), 'light');
    await openWidget(page, site().url('en/diagnose/'));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await dropFiles(page, FILES);
    await page.locator('.parsed-log summary').click();
    await page.locator('.parsed-log tbody tr').first().waitFor();
    await page.getByLabel(/Show errors and warnings only/).check();
    await page.locator('.time-strip g.strip-row').first().waitFor();
    assert.deepEqual(requests, []);
    await page.context().close();
  },
);

test(
  'at 360 px the strip and the merged table keep the page from scrolling sideways',
  OPTIONS,
  async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await pageIn(browser(), colorScheme, 360);
      await dropAndOpenTable(page, 'en/diagnose/');
      const layout = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        strip: document.querySelector('.time-strip svg')?.getBoundingClientRect().right ?? Infinity,
      }));
      assert.equal(layout.sideways, 0, `${colorScheme}: the page scrolls sideways`);
      assert.ok(layout.strip <= 360, `${colorScheme}: the strip ends at ${layout.strip} px`);
      assert.deepEqual(await seriousViolations(page), [], colorScheme);
      // File names without a place to break are clipped in the strip and wrap in its text.
      await dropFiles(
        page,
        FILES.map((f) => ({ ...f, name: `${'x'.repeat(90)}-${f.name}` })),
      );
      await page.locator('.time-strip g.strip-row').nth(1).waitFor();
      assert.equal(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        0,
        `${colorScheme}: long names scroll the page sideways`,
      );
      await page.context().close();
    }
  },
);
