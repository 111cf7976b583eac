import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectDialogs, collectErrors, newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, openWidget as openWidgetAt } from './support/widget.ts';

const { site, browser } = useSite();

/** Opens a page of the site with a widget, ready to diagnose. */
const openWidget = (page: Page, path: string) => openWidgetAt(page, site().url(path));

/** The ordered list of article links inside the live region. */
const rankedSlugs = (page: Page) =>
  page
    .locator('kb-diagnose output ol.matches > li')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['slug']));

for (const [lang, button] of [
  ['ja', '診断'],
  ['en', 'Diagnose'],
] as const) {
  test(`pasting a log on /${lang}/diagnose/ puts the right article first, with its evidence`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openWidget(page, `${lang}/diagnose/`);
    await page
      .getByRole('textbox')
      .fill('Connecting…\nGetAMTPowerState fail with result: 0x800703E3\n');
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForSelector('kb-diagnose output ol.matches');
    assert.equal((await rankedSlugs(page))[0], 'no-os-missing-dns-host-record');
    const first = page.locator('output ol.matches > li').first();
    assert.equal(await first.getAttribute('data-confidence'), 'strong');
    assert.match(
      (await first.locator('a').getAttribute('href')) ?? '',
      new RegExp(`/${lang}/articles/no-os-missing-dns-host-record/$`),
    );
    assert.equal(
      await first.locator('mark').first().textContent(),
      'GetAMTPowerState fail with result',
    );
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

test('a description that shares no meaningful word offers the site search with its words, and nothing is fetched', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('textbox').fill('Thanks in advance, the weather is cold today.');
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  const offer = page.getByRole('link', { name: 'Search the site for the same words' });
  await offer.waitFor();
  assert.match(
    await page.locator('kb-diagnose output .lead').innerText(),
    /No article shares a meaningful word/,
  );
  assert.deepEqual(requests, [], 'diagnosing fetched nothing');
  await offer.click();
  await page.waitForURL(/\/en\/search\/\?q=/);
  assert.equal(
    await page.locator('#search-q').inputValue(),
    'Thanks in advance, the weather is cold today.',
  );
  await context.close();
});

for (const [file, slug] of [
  ['xp-sp2-utf16le.log', 'console-on-xp-sp2-or-server-2003-sp1'],
  ['ipv6-shift-jis.log', 'ipv6-slow-response'],
] as const) {
  test(`dropping ${file} reads it in its encoding and finds ${slug}`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, 'ja/diagnose/');
    const bytes = [...readFileSync(`checks/fixtures/logs/${file}`)];
    const dataTransfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name));
        return transfer;
      },
      { name: file, bytes },
    );
    await page.dispatchEvent('kb-diagnose', 'drop', { dataTransfer });
    await page.waitForSelector('kb-diagnose output ol.matches');
    assert.equal((await rankedSlugs(page))[0], slug);
    assert.equal(
      await page.locator('output ol.matches > li').first().getAttribute('data-confidence'),
      'strong',
    );
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
  const payload =
    '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script> GetAMTPowerState fail with result:0x80072EE9';
  await page.getByRole('textbox').fill(payload);
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.match(
    (await page.locator('output .evidence code').first().textContent()) ?? '',
    /<img src=x onerror=/,
  );
  assert.equal(await page.locator('kb-diagnose img, kb-diagnose script').count(), 0);
  assert.equal(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    undefined,
  );
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
  await page
    .locator('.article-diagnose textarea')
    .fill('GetAMTPowerState fail with result:0x80072EE9');
  await page.locator('.article-diagnose button[data-diagnose]').click();
  await page.waitForSelector('.article-diagnose output ol.matches');
  assert.match(
    await page.locator('.article-diagnose output .lead').innerText(),
    /Another article fits this log better/,
  );
  assert.equal(
    await page
      .locator('.article-diagnose output ol.matches > li')
      .first()
      .getAttribute('data-slug'),
    'console-on-xp-sp2-or-server-2003-sp1',
  );
  await context.close();
});

test('with JavaScript off the diagnose page says what the widget needs', async () => {
  const context = await newContext(browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site().url('ja/diagnose/'));
  assert.match(await page.locator('.noscript').innerText(), /JavaScript/);
  // Without JavaScript the button must not submit the form: that would put the log in the URL.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('kb-diagnose textarea').fill('GetAMTPowerState fail with result:0x80072EE9');
  await page.getByRole('button', { name: '診断', exact: true }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  assert.equal(new URL(page.url()).search, '');
  await context.close();
});

test('the parsed-log table loads when opened, filters errors and warnings, and says when it is capped', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const record = (message: string, type: number) =>
    `<![LOG[${message}]LOG]!><time="03:00:00.276+480" date="11-19-2009" component="SMS_AMT_OPERATION_MANAGER" context="" type="${type}" thread="3120" file="amtopmgr.cpp:412">`;
  // 2,500 records, every tenth a warning and every hundredth an error: 250 problems, 2,500 entries.
  const lines = Array.from({ length: 2500 }, (_, i) =>
    record(`record ${i + 1}`, i % 100 === 99 ? 3 : i % 10 === 9 ? 2 : 1),
  );
  await diagnoseText(page, lines.join('\n'));
  const table = page.locator('.parsed-log');
  assert.equal(
    await table.locator('tbody tr').count(),
    0,
    'no row is built before the table opens',
  );
  assert.match((await table.locator('label').textContent()) ?? '', /\(250\)$/);
  await table.locator('summary').click();
  await table.locator('tbody tr').first().waitFor();
  assert.equal(await table.locator('tbody tr').count(), 2000);
  assert.equal(await table.locator('.table-note').innerText(), 'Showing the first 2000 of 2500.');
  await table.getByRole('checkbox').check();
  await page.waitForFunction(
    () => document.querySelectorAll('.parsed-log tbody tr').length === 250,
  );
  const classes = await table
    .locator('tbody tr')
    .evaluateAll((rows: Element[]) => [...new Set(rows.map((r) => r.className))].sort());
  assert.deepEqual(classes, ['sev-error', 'sev-warning']);
  assert.equal(
    await table.locator('tbody tr').first().locator('td').nth(1).innerText(),
    'record 10',
  );
  assert.equal(await table.locator('.table-note').innerText(), '');
  assert.deepEqual(requests, [], 'the rows come from the worker, not the network');
  await context.close();
});

test('a large paste is held instead of filling the field, diagnosed at once, and can be removed', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  const paste = (text: string) =>
    page.locator('kb-diagnose textarea').evaluate((field, value) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', value);
      // true when the widget let the browser insert the text itself
      return field.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    }, text);
  assert.equal(
    await paste('GetAMTPowerState fail with result:0x80072EE9'),
    true,
    'a small paste goes into the field as usual',
  );
  const filler = Array.from(
    { length: 5000 },
    (_, i) => `Connecting to amt-pc${i}.contoso.com:16993 and waiting for its reply`,
  );
  const big = [...filler, 'GetAMTPowerState fail with result:0x80072EE9'].join('\n');
  assert.ok(big.length > 200_000);
  assert.equal(await paste(big), false, 'a large paste is kept out of the field');
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.equal((await rankedSlugs(page))[0], 'console-on-xp-sp2-or-server-2003-sp1');
  assert.equal(await page.locator('kb-diagnose textarea').inputValue(), '');
  const held = page.locator('kb-diagnose [data-held]');
  assert.match(
    await held.innerText(),
    new RegExp(`5,001 lines, ${big.length.toLocaleString('en')} characters`),
  );
  await held.getByRole('button', { name: 'Remove the pasted log' }).click();
  assert.ok(await held.isHidden());
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output .notice');
  assert.equal(await page.locator('kb-diagnose output').innerText(), 'Paste a log or open a file.');
  // Typing after a held paste starts a new text: the held one is dropped.
  await paste(big);
  await held.waitFor();
  await page.locator('kb-diagnose textarea').pressSequentially('x');
  assert.ok(await held.isHidden());
  await context.close();
});

test('Ctrl+Enter in the field diagnoses; Enter alone adds a line', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  const field = page.locator('kb-diagnose textarea');
  const text = 'IMR_SOLOpenTCPSession fail with result:0x80004005';
  // Set without an input event, so that nothing but the shortcut can start a diagnosis.
  await field.evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), text);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('kb-diagnose output').innerText(), '');
  await field.press('Control+Enter');
  await page.waitForSelector('kb-diagnose output :is(.lead, .notice)');
  assert.ok((await rankedSlugs(page)).length > 0);
  assert.equal(await field.inputValue(), text, 'Ctrl+Enter adds no line');
  await field.press('Enter');
  assert.equal(await field.inputValue(), `${text}\n`);
  await context.close();
});

test('a line repeated many times is quoted a few times, with the count of the rest', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, 'en/diagnose/');
  await diagnoseText(page, 'GetAMTPowerState fail with result:0x80072EE9\n'.repeat(50));
  const first = page.locator('kb-diagnose output ol.matches > li').first();
  assert.equal(await first.getAttribute('data-slug'), 'console-on-xp-sp2-or-server-2003-sp1');
  assert.equal(await first.locator('.evidence > li').count(), 3);
  assert.equal(await first.locator('.more-evidence').innerText(), '… and 47 more matching entries');
  await context.close();
});

test('the index is fetched once, by the worker: titles come with the answer, in the page language', async () => {
  const context = await newContext(browser());
  const indexRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().endsWith('/diagnose-index.json')) indexRequests.push(request.url());
  });
  const page = await context.newPage();
  await openWidget(page, 'ja/diagnose/');
  await diagnoseText(page, 'GetAMTPowerState fail with result:0x80072EE9');
  const title = await page.locator('kb-diagnose output ol.matches > li a').first().innerText();
  await page.goto(site().url('ja/articles/console-on-xp-sp2-or-server-2003-sp1/'));
  assert.equal(title, await page.locator('h1').innerText());
  assert.equal(indexRequests.length, 1, indexRequests.join('\n'));
  await context.close();
});
