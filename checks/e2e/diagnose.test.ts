import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectDialogs, collectErrors, newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { openWidget as openWidgetAt } from './support/widget.ts';

const { site, browser } = useSite();

/** Opens a page of the site with a widget, ready to diagnose. */
const openWidget = (page: Page, path: string) => openWidgetAt(page, site().url(path));

/** The ordered list of article links inside the live region. */
const rankedSlugs = (page: Page) =>
  page.locator('kb-diagnose output ol.matches > li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['slug']));

for (const [lang, button] of [['ja', '診断'], ['en', 'Diagnose']] as const) {
  test(`pasting a log on /${lang}/diagnose/ puts the right article first, with its evidence`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openWidget(page, `${lang}/diagnose/`);
    await page.getByRole('textbox').fill('Connecting…\nGetAMTPowerState fail with result: 0x800703E3\n');
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForSelector('kb-diagnose output ol.matches');
    assert.equal((await rankedSlugs(page))[0], 'no-os-missing-dns-host-record');
    const first = page.locator('output ol.matches > li').first();
    assert.equal(await first.getAttribute('data-confidence'), 'strong');
    assert.match(await first.locator('a').getAttribute('href') ?? '', new RegExp(`/${lang}/articles/no-os-missing-dns-host-record/$`));
    assert.equal(await first.locator('mark').first().textContent(), 'GetAMTPowerState fail with result');
    assert.match(await page.locator('.codes').innerText(), /0x800703E3/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a described symptom gets possible matches, best first', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  await page.getByRole('textbox').fill('Serial over LAN will not start from a second console');
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.equal((await rankedSlugs(page))[0], 'another-console-connected');
  await context.close();
});

for (const [file, slug] of [['xp-sp2-utf16le.log', 'console-on-xp-sp2-or-server-2003-sp1'], ['ipv6-shift-jis.log', 'ipv6-slow-response']] as const) {
  test(`dropping ${file} reads it in its encoding and finds ${slug}`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, 'ja/diagnose/');
    const bytes = [...readFileSync(`checks/fixtures/logs/${file}`)];
    const dataTransfer = await page.evaluateHandle(({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    }, { name: file, bytes });
    await page.dispatchEvent('kb-diagnose', 'drop', { dataTransfer });
    await page.waitForSelector('kb-diagnose output ol.matches');
    assert.equal((await rankedSlugs(page))[0], slug);
    assert.equal(await page.locator('output ol.matches > li').first().getAttribute('data-confidence'), 'strong');
    await context.close();
  });
}

test('diagnosing makes no network request once the widget is ready', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('textbox').fill('IMR_SOLOpenTCPSession fail with result:0x80004005');
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.deepEqual(requests, []);
  await context.close();
});

test('pasted HTML and script payloads appear as text and never run', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const dialogs = collectDialogs(page);
  await openWidget(page, 'en/diagnose/');
  const payload = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script> GetAMTPowerState fail with result:0x80072EE9';
  await page.getByRole('textbox').fill(payload);
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.match(await page.locator('output .evidence code').first().textContent() ?? '', /<img src=x onerror=/);
  assert.equal(await page.locator('kb-diagnose img, kb-diagnose script').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('the article page widget says whether the log fits this article or another', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/articles/ipv6-slow-response/'));
  await page.locator('.article-diagnose summary').click();
  await page.locator('.article-diagnose textarea').focus();
  await page.waitForSelector('kb-diagnose[data-ready]');
  await page.locator('.article-diagnose textarea').fill('GetAMTPowerState fail with result:0x80072EE9');
  await page.locator('.article-diagnose button[type=submit]').click();
  await page.waitForSelector('.article-diagnose output ol.matches');
  assert.match(await page.locator('.article-diagnose output .lead').innerText(), /Another article fits this log better/);
  assert.equal((await page.locator('.article-diagnose output ol.matches > li').first().getAttribute('data-slug')), 'console-on-xp-sp2-or-server-2003-sp1');
  await context.close();
});

test('with JavaScript off the diagnose page says what the widget needs', async () => {
  const context = await newContext(browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site().url('ja/diagnose/'));
  assert.match(await page.locator('.noscript').innerText(), /JavaScript/);
  await context.close();
});
