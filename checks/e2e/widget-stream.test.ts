// A dropped file of 16 MB and more streams through the worker as through the CLI: the answer
// quotes the evidence at its line, the table says that only the entries around matches were
// parsed, and nothing is requested while it works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { dropBuiltLog, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

/** Lines of filler before the evidence, and in all (about 24 MB). */
const EVIDENCE_AT = 150_001;
const LINES = 200_000;

test(
  'a 24 MB log streams in the worker: the article, its line, the streamed table, no request',
  { timeout: 120_000 },
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, site().url('en/diagnose/'));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await dropBuiltLog(page, {
      lines: LINES,
      evidenceAt: EVIDENCE_AT,
      evidence:
        'GetAMTPowerState fail with result:0x80072EE9  $$<Oobconsole><11-19-2009 03:00:01.000+480><thread=3120 (0xC30)>',
    });
    await page.waitForSelector('kb-diagnose output :is(.lead, .notice)', { timeout: 90_000 });
    const answer = await page.locator('kb-diagnose output').innerText();
    const top = page.locator('kb-diagnose output ol.matches > li').first();
    assert.ok(await top.isVisible(), `an article is suggested; the answer: ${answer}`);
    assert.equal(await top.getAttribute('data-slug'), 'console-on-xp-sp2-or-server-2003-sp1');
    assert.match(
      await top.innerText(),
      new RegExp(`\\b${EVIDENCE_AT}\\b[^]*GetAMTPowerState fail with result:0x80072EE9`),
    );
    const summary = await page.locator('kb-diagnose details.parsed-log > summary').innerText();
    const parsed = new RegExp(`${LINES + 1} lines streamed, (\\d+) entr`).exec(summary);
    assert.ok(parsed, summary);
    // Lines holding a number that is a signature's status ID are parsed too (to be sure), few of them.
    assert.ok(Number(parsed[1]) >= 1 && Number(parsed[1]) < LINES / 100, summary);
    assert.equal(
      await page.locator('kb-diagnose .no-strip').innerText(),
      'No timeline: a large input is streamed, and only the entries around matches were parsed.',
    );
    assert.deepEqual(requests, [], 'nothing was requested while the file streamed');
    await context.close();
  },
);
