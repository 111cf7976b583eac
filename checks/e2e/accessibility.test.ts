// axe-core on every page of the built site, both languages, both colour schemes for a sample;
// and the keyboard-only path through the diagnosis widget.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../../scripts/lib/link-check.ts';
import { seriousViolations } from './support/axe.ts';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const pages = htmlFiles('dist')
  .map((file) => relative('dist', file).replace(/index\.html$/, ''))
  .filter((path) => path !== '' && !path.startsWith('pagefind'));

test('every page has no serious or critical axe violation', async () => {
  assert.ok(pages.length > 60);
  const context = await newContext(browser());
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(site().url(path));
    for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('pages keep enough contrast in the dark theme, with a diagnosis shown', async () => {
  const context = await newContext(browser(), { colorScheme: 'dark' });
  const page = await context.newPage();
  for (const path of [
    'ja/articles/ipv6-slow-response/',
    'en/articles/ider-sol-disabled-in-bios-extension/',
    'en/',
  ]) {
    await page.goto(site().url(path));
    assert.deepEqual(await seriousViolations(page), [], path);
  }
  await page.goto(site().url('en/diagnose/'));
  await page.getByRole('textbox').first().focus();
  await page.waitForSelector('kb-diagnose[data-ready]');
  await page
    .getByRole('textbox')
    .first()
    .fill(
      'Error:cannot put change to AMT_RedirectionService instance.\tSMS_AMT_OPERATION_MANAGER\t3/2/2010 10:02:11 AM\t3120 (0x0C30)\nGetAMTPowerState fail with result:0x80072EE9',
    );
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  await page.locator('.parsed-log summary').click();
  await page.locator('.parsed-log tbody tr').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // A large paste is held: its note and Remove button show instead of the text.
  await page
    .getByRole('textbox')
    .first()
    .evaluate((field) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData(
        'text/plain',
        'GetAMTPowerState fail with result:0x80072EE9\n'.repeat(5000),
      );
      field.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    });
  await page.locator('kb-diagnose [data-held]').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // Opened files are the input: the note names them, their encodings and lines, with its Remove button.
  await page.locator('kb-diagnose input[type=file]').setInputFiles({
    name: 'Oobconsole.log',
    mimeType: 'text/plain',
    buffer: Buffer.from('IMR_SOLOpenTCPSession fail with result:0x80004005\n'),
  });
  await page.locator('kb-diagnose [data-held][data-kind=files]').waitFor();
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

test("pages at a phone's width keep no serious violation, with the menu and the folds open, in both themes", async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser().newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      colorScheme,
    });
    const page = await context.newPage();
    for (const path of [
      'ja/articles/ider-sol-disabled-in-bios-extension/',
      'en/articles/power-on-password-rejected/',
      'en/codes/0x80072EE9/',
      'ja/',
    ]) {
      await page.goto(site().url(path));
      for (const summary of await page
        .locator('.site-menu > summary, .article-aside summary')
        .all())
        await summary.click();
      assert.deepEqual(await seriousViolations(page), [], `${path} (${colorScheme})`);
    }
    await context.close();
  }
});

test('diagnosis works by keyboard alone, announces its results, and shows focus', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('ja/diagnose/'));
  const textarea = page.locator('#diagnose-log');
  // Tab from the top of the page until the log field has focus.
  for (let i = 0; i < 30 && !(await textarea.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  assert.ok(
    await textarea.evaluate((el) => el === document.activeElement),
    'the log field is reachable by Tab',
  );
  const outline = await textarea.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.waitForSelector('kb-diagnose[data-ready]');
  await page.keyboard.type('GetAMTPowerState fail with result:0x80072EE9');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '診断');
  await page.keyboard.press('Enter');
  await page.waitForSelector('kb-diagnose output ol.matches');
  const live = page.locator('kb-diagnose output');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.equal(
    await live.locator('ol.matches > li a').first().getAttribute('href'),
    '/ja/articles/console-on-xp-sp2-or-server-2003-sp1/',
  );
  // The first result is reachable by Tab too.
  for (
    let i = 0;
    i < 10 && !(await page.evaluate(() => document.activeElement?.closest('ol.matches')));
    i++
  )
    await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('ol.matches') !== null));
  await context.close();
});
