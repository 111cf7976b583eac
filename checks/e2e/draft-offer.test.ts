// The widget's "Start an article from this log": offered for a log that no article matches (and
// only then), it shows the draft's three files, copies and downloads them without a request, and
// has no serious axe violation when open, in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { newContext, NOTHING_STORED, storedState } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, openWidget } from './support/widget.ts';

const { site, browser } = useSite();
const LOG = readFileSync('checks/fixtures/authoring/no-match-amtopmgr.log', 'utf8');
const [, ERROR_LINE] = LOG.split('\n');

/** The offer's button in the page's language. */
const OFFER = { en: 'Start an article from this log', ja: 'このログから記事を書き始める' };

/** Records every request the page makes from now on. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  return seen;
}

/** The three files' texts as the page shows them, by name. */
async function shownFiles(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('kb-diagnose .draft-file')
    .evaluateAll((files) =>
      files.map((f): [string, string] => [
        f.querySelector('.draft-file__name')?.textContent ?? '',
        f.querySelector('textarea')?.value ?? '',
      ]),
    );
  return Object.fromEntries(pairs);
}

test('a log that no article matches offers a draft of its article, made without a request', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  const seen = requests(page);
  await diagnoseText(page, LOG);
  const offer = page.getByRole('button', { name: OFFER.en });
  assert.equal(await offer.getAttribute('aria-expanded'), 'false');
  await offer.click();
  assert.equal(await offer.getAttribute('aria-expanded'), 'true');
  const files = await shownFiles(page);
  assert.deepEqual(Object.keys(files), ['facts.yaml', 'ja.mdx', 'en.mdx']);
  assert.match(files['facts.yaml']!, /^logs: \[amtopmgr\.log\]$/m);
  assert.match(files['facts.yaml']!, /^codes: \["0x80090308"\]$/m);
  assert.ok(
    files['facts.yaml']!.includes(JSON.stringify(ERROR_LINE)),
    'the error line is a sample',
  );
  assert.match(files['ja.mdx']!, /^## 確認方法$/m);
  assert.match(files['en.mdx']!, /^## How to confirm$/m);
  assert.ok(
    files['en.mdx']!.includes(ERROR_LINE!),
    'the error line is quoted under How to confirm',
  );
  // The page got the draft with the answer: opening it, copying and downloading request nothing.
  assert.deepEqual(seen, []);
  await context.close();
});

test('Copy puts a file on the clipboard and Download saves it, still without a request', async () => {
  const context = await newContext(browser());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  const seen = requests(page);
  await diagnoseText(page, LOG);
  await page.getByRole('button', { name: OFFER.en }).click();
  const facts = (await shownFiles(page))['facts.yaml'];
  await page.getByRole('button', { name: 'Copy facts.yaml' }).click();
  await page.locator('kb-diagnose .draft__status', { hasText: 'facts.yaml copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), facts);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download en.mdx' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'en.mdx');
  const en = (await shownFiles(page))['en.mdx'];
  assert.equal(readFileSync(await download.path(), 'utf8'), en);
  const network = seen.filter((url) => !url.startsWith('blob:'));
  assert.deepEqual(network, [], 'no request while drafting');
  await context.close();
});

test('the draft of a log is never sent, stored or put in the URL', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('ja/diagnose/'));
  const before = page.url();
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  const secret = 'AMT-SECRET-4711.contoso.local';
  await diagnoseText(page, LOG.replaceAll('with server.', `with ${secret}.`));
  await page.getByRole('button', { name: OFFER.ja }).click();
  const files = await shownFiles(page);
  assert.ok(files['facts.yaml']?.includes(secret), 'the draft quotes the log');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'facts.yaml をダウンロード' }).click(),
  ]);
  assert.deepEqual(
    sent.filter((line) => !line.startsWith('blob:')),
    [],
  );
  assert.equal(page.url(), before, 'the URL is unchanged');
  assert.deepEqual(await storedState(page), NOTHING_STORED);
  await context.close();
});

test('a log that an article matches, and a described problem, are offered no draft', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  await diagnoseText(page, 'GetAMTPowerState fail with result:0x80072EE9');
  await page.waitForSelector('kb-diagnose output ol.matches');
  assert.equal(await page.getByRole('button', { name: OFFER.en }).count(), 0);
  await diagnoseText(page, 'the printer on the third floor jams every morning');
  assert.equal(await page.getByRole('button', { name: OFFER.en }).count(), 0);
  // The offer still comes for the no-match log after them.
  await diagnoseText(page, LOG);
  assert.equal(await page.getByRole('button', { name: OFFER.en }).count(), 1);
  await context.close();
});

for (const lang of ['en', 'ja'] as const)
  test(`the open draft has no serious axe violation (${lang}, light and dark)`, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser(), { colorScheme });
      const page = await context.newPage();
      await openWidget(page, site().url(`${lang}/diagnose/`));
      await diagnoseText(page, LOG);
      await page.getByRole('button', { name: OFFER[lang] }).click();
      await page.locator('kb-diagnose .draft-file textarea').first().waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${lang} ${colorScheme}`);
      await context.close();
    }
  });
