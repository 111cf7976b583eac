// Whatever an administrator drops or pastes gets a clear message or a correct answer, never a
// frozen tab: empty input, a 1 MB line, a binary file, a 200 MB file, mixed formats.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, dropFiles, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

async function widgetPage(path = 'en/diagnose/') {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url(path));
  return { context, page, output: () => page.locator('kb-diagnose output').first().innerText() };
}

test('empty input asks for a log', async () => {
  const { context, page, output } = await widgetPage();
  await diagnoseText(page, '   \n  ');
  assert.equal(await output(), 'Paste a log or open a file.');
  await context.close();
});

test('a 1 MB line without a newline is diagnosed, and the page stays responsive', async () => {
  const { context, page, output } = await widgetPage();
  const line = `${'x'.repeat(1024 * 1024)} GetAMTPowerState fail with result:0x80072EE9`;
  await diagnoseText(page, line);
  assert.match(await output(), /1 article found|articles found/);
  assert.equal(
    await page.locator('kb-diagnose output ol.matches > li').first().getAttribute('data-slug'),
    'console-on-xp-sp2-or-server-2003-sp1',
  );
  // The main thread answers at once: the work happened in the worker.
  const started = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - started < 1000);
  await context.close();
});

test('a binary file is refused with a clear message', async () => {
  const { context, page, output } = await widgetPage();
  const zip = [0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 4000 }, (_, i) => (i * 31) % 256)];
  await dropFiles(page, [{ name: 'logs.zip', bytes: zip }]);
  assert.equal(await output(), 'logs.zip is not a text log (it looks like a binary file).');
  await context.close();
});

test('a 200 MB file streams (no size limit): one of NULs is refused as binary from its first bytes, and the tab stays responsive', async () => {
  const { context, page, output } = await widgetPage('ja/diagnose/');
  await dropFiles(page, [{ name: 'amtopmgr.log', size: 200 * 1024 * 1024 }]);
  assert.equal(
    await output(),
    'amtopmgr.log はテキストのログではありません (バイナリ ファイルのようです)。',
  );
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await context.close();
});

test('mixed formats in one paste are each read, and the right article found', async () => {
  const { context, page } = await widgetPage();
  await diagnoseText(page, readFileSync('checks/fixtures/logs/mixed-formats.txt', 'utf8'));
  assert.equal(
    await page.locator('kb-diagnose output ol.matches > li').first().getAttribute('data-slug'),
    'console-on-xp-sp2-or-server-2003-sp1',
  );
  await page.locator('.parsed-log summary').click();
  await page.locator('.parsed-log tbody tr').first().waitFor();
  const components = await page.locator('.parsed-log tbody tr td:nth-child(3)').allInnerTexts();
  assert.deepEqual(components, ['Oobconsole', 'SMS_AMT_OPERATION_MANAGER', '']);
  await context.close();
});

test('a log with no known signature says so and still explains its codes', async () => {
  const { context, page, output } = await widgetPage();
  await diagnoseText(
    page,
    'Error 0x80090308 returned by InitializeSecurityContext during follow up TLS handshaking with server.',
  );
  assert.match(await output(), /No article matches this log/);
  assert.match(
    await page.locator('kb-diagnose .codes').innerText(),
    /0x80090308 SEC_E_INVALID_TOKEN — The token supplied to the function is invalid/,
  );
  await context.close();
});
