// What happens to a pasted log: it is never sent, stored or put in the URL, and whatever HTML or
// script it carries renders as text and runs nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectDialogs, newContext, NOTHING_STORED, storedState } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, dropFiles, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

// Each payload sets window.__x, opens a dialog, or loads from another host if it ever runs.
const PAYLOADS = [
  '<script>window.__x=1</script>',
  '<img src=x onerror="window.__x=1">',
  '<svg onload=window.__x=1>',
  '<svg><animate onbegin=window.__x=1 attributeName=x dur=1s>',
  '<iframe src="javascript:window.__x=1"></iframe>',
  '"><script>window.__x=1</script>',
  "'><img src=x onerror=window.__x=1>",
  '<body onload=window.__x=1>',
  '<a href="javascript:window.__x=1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__x=1>',
  '<details open ontoggle=window.__x=1>',
  '<video><source onerror=window.__x=1></video>',
  '<object data="javascript:window.__x=1"></object>',
  '<embed src="javascript:window.__x=1">',
  '<input autofocus onfocus=window.__x=1>',
  '<marquee onstart=window.__x=1>x</marquee>',
  "<style>@import 'http://evil.invalid/x.css';</style>",
  '<link rel=stylesheet href=http://evil.invalid/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__x=1">',
  'javascript:window.__x=1',
  ']]><script>window.__x=1</script>',
  "{{constructor.constructor('window.__x=1')()}}",
  '${window.__x=1}',
  '<scr<script>ipt>window.__x=1</scr</script>ipt>',
  '%3Cscript%3Ewindow.__x=1%3C/script%3E',
  '&lt;script&gt;window.__x=1&lt;/script&gt;',
  '<noscript><p title="</noscript><img src=x onerror=window.__x=1>">',
  '<template><img src=x onerror=window.__x=1></template>',
  '<form action="javascript:window.__x=1"><button>x</button></form>',
  '<base href="http://evil.invalid/">',
  '<img src="http://evil.invalid/beacon.gif">',
  '\u003cscript\u003ewindow.__x=1\u003c/script\u003e',
  '<div style="background:url(http://evil.invalid/bg.png)">x</div>',
];

// Elements a payload would create in the widget's result regions or in the note naming opened files
// (its own checkbox filter, the parsed-log <details> and the time strip's <svg> are the widget's).
const INJECTED =
  'kb-diagnose :is(output, [data-details], [data-held]) :is(script, img, iframe, svg:not(.strip), object, embed, video, style, link, meta, base, form, marquee, input:not([type=checkbox]), details:not(.parsed-log), a[href^="javascript"])';

/** Listens for everything a payload could do if it ran. */
function watch(page: Page) {
  const seen = { dialogs: collectDialogs(page), requests: [] as string[] };
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

async function assertNothingRan(page: Page, seen: ReturnType<typeof watch>, label: string) {
  assert.equal(
    await page.evaluate(() => (window as unknown as { __x?: number }).__x),
    undefined,
    `${label}: script ran`,
  );
  assert.deepEqual(seen.dialogs, [], `${label}: dialog`);
  assert.equal(await page.locator(INJECTED).count(), 0, `${label}: element injected`);
}

test(`${PAYLOADS.length} XSS payloads in log text render as text and run nothing`, async () => {
  assert.ok(PAYLOADS.length >= 30);
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  const seen = watch(page);
  for (const payload of PAYLOADS) {
    await diagnoseText(page, `${payload} GetAMTPowerState fail with result:0x80072EE9`);
    await assertNothingRan(page, seen, payload);
    const quoted = await page.locator('kb-diagnose output .evidence code').first().textContent();
    assert.equal(quoted, `${payload} GetAMTPowerState fail with result:0x80072EE9`);
  }
  assert.deepEqual(seen.requests, []);
  await context.close();
});

test('XSS payloads in CMTrace component fields and in file names run nothing', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('ja/diagnose/'));
  const seen = watch(page);
  for (const payload of PAYLOADS) {
    const record = `<![LOG[GetAMTPowerState fail with result:0x80072EE9]LOG]!><time="11:35:01.123+480" date="11-19-2009" component="${payload}" context="" type="3" thread="3120" file="">`;
    await diagnoseText(page, record);
    await page.locator('.parsed-log summary').first().click();
    await page.locator('.parsed-log tbody tr').first().waitFor();
    await assertNothingRan(page, seen, `component ${payload}`);
    await dropFiles(page, [
      {
        name: `${payload}.log`,
        bytes: [...Buffer.from('GetAMTPowerState fail with result:0x80072EE9\n')],
      },
    ]);
    await assertNothingRan(page, seen, `file name ${payload}`);
    assert.match(
      (await page.locator('kb-diagnose .files').textContent()) ?? '',
      new RegExp(payload.slice(0, 8).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    assert.ok(
      (await page.locator('kb-diagnose [data-held-text]').textContent())?.includes(
        `${payload}.log`,
      ),
      `file name ${payload} in the note`,
    );
  }
  assert.deepEqual(seen.requests, []);
  await context.close();
});

test('a diagnosed log is never sent, stored, or put in the URL', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const requests: { url: string; body: string | null }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() }));
  await openWidget(page, site().url('en/diagnose/'));
  const before = page.url();
  const secret = 'host-SECRET-4711.contoso.local';
  await diagnoseText(
    page,
    `Connecting to ${secret}\nGetAMTPowerState fail with result: 0x800703E3`,
  );
  await dropFiles(page, [
    {
      name: 'Oobconsole.log',
      bytes: [
        ...Buffer.from(`user ${secret}\nIMR_SOLOpenTCPSession fail with result:0x80004005\n`),
      ],
    },
  ]);
  // A chosen file is the input until removed: Diagnose reads it again, still without a request.
  await page.locator('kb-diagnose input[type=file]').setInputFiles({
    name: 'amtopmgr.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${secret}\nGetAMTPowerState fail with result:0x80072EE9\n`),
  });
  await page.waitForFunction(() =>
    document.querySelector('kb-diagnose .files')?.textContent?.includes('amtopmgr.log'),
  );
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await page.waitForSelector('kb-diagnose output ol.matches');
  for (const { url, body } of requests) {
    assert.ok(url.startsWith(site().origin), `request to another host: ${url}`);
    assert.ok(
      !url.includes('SECRET') && !(body ?? '').includes('SECRET'),
      `log text in a request: ${url}`,
    );
  }
  assert.equal(page.url(), before, 'the URL is unchanged');
  assert.deepEqual(await storedState(page), NOTHING_STORED);
  const share = await page.locator('kb-diagnose a.share').getAttribute('href');
  assert.match(share ?? '', /#articles=[a-z0-9,-]+$/, 'the share link carries article slugs only');
  await context.close();
});

test('a shared result link shows the articles it names, and only known ones', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('en/diagnose/#articles=ipv6-slow-response,not-an-article'));
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.deepEqual(
    await page
      .locator('kb-diagnose output ol.matches a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ['/en/articles/ipv6-slow-response/'],
  );
  await context.close();
});

test('no page of the site requests anything from another host', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site().origin)) foreign.push(request.url());
  });
  for (const path of [
    'ja/',
    'en/',
    'ja/articles/ipv6-slow-response/',
    'en/diagnose/',
    'en/codes/0x80072EE9/',
    'ja/logs/amtopmgr.log/',
  ]) {
    await page.goto(site().url(path));
  }
  assert.deepEqual(foreign, []);
  await context.close();
});
