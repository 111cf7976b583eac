// The diagnose page's Explain view: after a diagnosis, it shows per line each signature tried with
// the verdict, the parts and the words `oobkb explain` prints for the same text; it passes axe in
// both colour schemes, and explaining makes no request at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { JsonExplanation } from '../../src/cli/explain-report.ts';
import { runCli } from '../unit/support/cli.ts';
import { seriousViolations } from './support/axe.ts';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, dropBuiltLog, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

// Line 1: an amtopmgr.log entry (by its component) with the code of an Oobconsole.log signature;
// line 2: a sample of getamtpowerstate-0x80072ee9; line 3: an error no signature knows.
const TEXT = [
  'Error: failed to connect to the AMT device, result 0x80004005\tSMS_AMT_OPERATION_MANAGER\t11/19/2009 11:35:01 AM\t3120 (0x0C30)',
  'GetAMTPowerState fail with result:0x80072EE9',
  'Something failed here',
].join('\n');

interface DrawnSignature {
  signature: string;
  verdict: string;
  verdictText: string;
  reason?: string | undefined;
  title: string;
  parts: { holds: boolean; text: string }[];
  missing: string[];
}

/** What the Explain view drew, read back from the page. */
function drawn(page: Page) {
  return page.locator('kb-diagnose li.explained').evaluateAll((items) =>
    items.map((item) => ({
      line: Number(item.getAttribute('data-line')),
      quote: item.querySelector('.explained-line code')?.textContent ?? '',
      nothingTried: item.querySelector(':scope > p.missing')?.textContent ?? '',
      signatures: [...item.querySelectorAll('li.tried')].map((tried) => ({
        signature: tried.getAttribute('data-signature') ?? '',
        verdict: tried.getAttribute('data-verdict') ?? '',
        verdictText: tried.querySelector('.badge')?.textContent ?? '',
        reason: tried.querySelector('.reason')?.textContent ?? undefined,
        title: tried.querySelector('a')?.textContent ?? '',
        parts: [...tried.querySelectorAll('li.part')].map((part) => ({
          holds: part.classList.contains('part--holds'),
          text: part.lastChild?.textContent ?? '',
        })),
        missing: [...tried.querySelectorAll(':scope > p.missing')].map((p) => p.textContent ?? ''),
      })),
    })),
  );
}

/** Diagnoses TEXT, then opens the Explain view and waits for its entries. */
async function explainText(page: Page): Promise<void> {
  await diagnoseText(page, TEXT);
  await page.locator('kb-diagnose details.explain > summary').click();
  await page.locator('kb-diagnose li.explained').first().waitFor();
}

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: the Explain view shows each line's verdicts in the words of oobkb explain, with no request`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, site().url(`${lang}/diagnose/`));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await explainText(page);
    const entries = await drawn(page);
    assert.deepEqual(requests, [], 'explaining made a request');
    // The expected verdicts for the sample line and the near miss.
    const sample = entries.find((e) => e.line === 2)!;
    assert.equal(sample.quote, 'GetAMTPowerState fail with result:0x80072EE9');
    assert.deepEqual(
      [sample.signatures[0]!.signature, sample.signatures[0]!.verdict],
      ['getamtpowerstate-0x80072ee9', 'strong'],
    );
    const nearMiss = entries.find((e) => e.line === 1)!;
    const rejected = nearMiss.signatures.find((s) => s.signature === 'oobconsole-0x80004005')!;
    assert.equal(rejected.verdict, 'rejected');
    assert.match(rejected.reason ?? '', /amtopmgr\.log/);
    // Every word is the CLI's.
    const cli = JSON.parse(
      runCli(['explain', '-', '--json', '--lang', lang], { input: TEXT }).stdout,
    ) as JsonExplanation;
    assert.deepEqual(
      entries.map((e) => e.line),
      cli.explained.map((e) => e.line),
    );
    const words = (list: DrawnSignature[]) =>
      list.map(({ signature, verdict, verdictText, reason, title, parts, missing }) => ({
        signature,
        verdict,
        verdictText,
        reason,
        title,
        parts,
        missing,
      }));
    assert.deepEqual(
      entries.map((e) => words(e.signatures)),
      cli.explained.map((e) => words(e.signatures)),
    );
    assert.notEqual(entries.find((e) => e.line === 3)!.nothingTried, '');
    assert.deepEqual(requests, []);
    await context.close();
  });
}

test('the Explain view passes axe, light and dark, and is reached by keyboard', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await newContext(browser(), { colorScheme });
    const page = await context.newPage();
    await openWidget(page, site().url('ja/diagnose/'));
    await explainText(page);
    assert.deepEqual(await seriousViolations(page), [], colorScheme);
    await context.close();
  }
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  await diagnoseText(page, TEXT);
  const summary = page.getByText('Explain: which signature each line matched, and why not');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.locator('kb-diagnose li.explained').first().waitFor();
  assert.equal(await page.locator('kb-diagnose details.explain').getAttribute('open'), '');
  await context.close();
});

test('the Explain view stays open and follows a new diagnosis; the home page widget has none', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  await explainText(page);
  await diagnoseText(page, 'GetAMTPowerState fail with result: 0x800703E3');
  await page.waitForFunction(
    () => document.querySelectorAll('kb-diagnose li.explained').length === 1,
  );
  const [entry] = await drawn(page);
  assert.equal(entry!.signatures[0]!.signature, 'getamtpowerstate-0x800703e3');
  assert.equal(entry!.signatures[0]!.verdict, 'strong');
  await openWidget(page, site().url('en/'));
  await diagnoseText(page, TEXT);
  assert.equal(await page.locator('kb-diagnose details.explain').count(), 0);
  await context.close();
});

// Each payload sets window.__x or loads from another host if it ever runs.
const PAYLOADS = [
  '<script>window.__x=1</script>',
  '<img src=x onerror="window.__x=1">',
  '<svg onload=window.__x=1>',
  '"><iframe src="javascript:window.__x=1"></iframe>',
  '<a href="javascript:window.__x=1">click</a>',
  '<link rel=stylesheet href=http://evil.invalid/x.css>',
];
// Elements a payload would create in the Explain view (its own details, lists and links aside).
const INJECTED =
  'kb-diagnose [data-explain] :is(script, img, iframe, svg, object, embed, style, link, meta, base, form, a[href^="javascript"])';

test('log text in the Explain view is text: markup in a line runs nothing and shows as written', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const payload of PAYLOADS) {
    const line = `${payload} GetAMTPowerState fail with result:0x80072EE9`;
    await diagnoseText(page, `${line}\n${payload} failed`);
    if (!(await page.locator('kb-diagnose details.explain').getAttribute('open')))
      await page.locator('kb-diagnose details.explain > summary').click();
    await page.waitForFunction(
      (text) =>
        document.querySelector('kb-diagnose li.explained .explained-line code')?.textContent ===
        text,
      line,
    );
    assert.equal(await page.locator(INJECTED).count(), 0, payload);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __x?: number }).__x),
      undefined,
      payload,
    );
  }
  assert.deepEqual(requests, []);
  await context.close();
});

test(
  'a streamed file keeps no text in the browser: its Explain view says to use oobkb explain',
  { timeout: 120_000 },
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, site().url('en/diagnose/'));
    // About 18 MB (over the 16 MB from which files stream).
    await dropBuiltLog(page, {
      lines: 150_001,
      evidenceAt: 150_001,
      evidence: 'GetAMTPowerState fail with result:0x80072EE9',
    });
    await page.waitForSelector('kb-diagnose output ol.matches', { timeout: 90_000 });
    await page.locator('kb-diagnose details.explain > summary').click();
    await page.waitForFunction(
      () => document.querySelector('kb-diagnose .explain-note')?.textContent !== 'Explaining…',
    );
    assert.match(
      (await page.locator('kb-diagnose .explain-note').textContent()) ?? '',
      /use npx oobkb explain/,
    );
    assert.equal(await page.locator('kb-diagnose li.explained').count(), 0);
    await context.close();
  },
);
