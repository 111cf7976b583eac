// A dropped file of 16 MB and more streams through the worker as through the CLI: the answer
// quotes the evidence at its line, the table says that only the entries around matches were
// parsed, and nothing is requested while it works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { openWidget } from './support/widget.ts';

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
    await page.locator('kb-diagnose output').evaluate((output) => output.replaceChildren());
    // The file is built in the page (24 MB would be slow to send from here) and dropped.
    await page.evaluate(
      ({ evidenceAt, lines }) => {
        const filler = (i: number) =>
          `Auto-worker thread is waiting for next task ${i}  $$<Oobconsole><11-19-2009 03:00:00.276+480><thread=3120 (0xC30)>\r\n`;
        const parts: string[] = [];
        for (let i = 1; i <= lines; i++)
          parts.push(
            i === evidenceAt
              ? 'GetAMTPowerState fail with result:0x80072EE9  $$<Oobconsole><11-19-2009 03:00:01.000+480><thread=3120 (0xC30)>\r\n'
              : filler(i),
          );
        const transfer = new DataTransfer();
        transfer.items.add(new File(parts, 'Oobconsole.log'));
        document
          .querySelector('kb-diagnose')!
          .dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
      },
      { evidenceAt: EVIDENCE_AT, lines: LINES },
    );
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
