// The widget's current input: opened or dropped files are what Diagnose and Ctrl+Enter read until
// the person types or removes them, and a file or paste that arrives before the widget's code has
// loaded is kept and diagnosed once it has.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import { countLines } from '../../src/lib/diagnose/parse-lines.ts';
import { collectErrors, newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { openWidget } from './support/widget.ts';

const { site, browser } = useSite();

const XP_SP2 = 'console-on-xp-sp2-or-server-2003-sp1';
const IPV6 = 'ipv6-slow-response';
const NO_OS = 'no-os-missing-dns-host-record';

/** A fixture log as Playwright's setInputFiles takes it. */
const fixture = (name: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: readFileSync(`checks/fixtures/logs/${name}`),
});

/** The fixture's physical lines, as the engine counts them after decoding. */
const linesOf = (name: string) =>
  countLines(decodeLogBytes(new Uint8Array(readFileSync(`checks/fixtures/logs/${name}`))).text);

const rankedSlugs = (page: Page) =>
  page
    .locator('kb-diagnose output ol.matches > li')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['slug']));

/** Empties the live region, runs `act`, and waits for the next answer (a lead line or a notice). */
async function answerTo(page: Page, act: () => Promise<unknown>): Promise<string> {
  await page.locator('kb-diagnose output').evaluate((output) => output.replaceChildren());
  await act();
  await page.waitForSelector('kb-diagnose output :is(.lead, .notice)');
  return page.locator('kb-diagnose output').innerText();
}

/** Drops fixture files onto the widget. */
async function drop(page: Page, names: string[]): Promise<void> {
  const files = names.map((name) => ({
    name,
    bytes: [...readFileSync(`checks/fixtures/logs/${name}`)],
  }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return transfer;
  }, files);
  await page.dispatchEvent('kb-diagnose', 'drop', { dataTransfer });
}

/** A test fails after this long rather than hanging (an event that is lost never answers). */
const OPTIONS = { timeout: 60_000 };

/**
 * Holds back every request matching `url` until `release()`; `requested` settles when the first one
 * is made, and fails if none is made within 10 s.
 */
async function holdBack(page: Page, url: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve, reject) => {
    requested = resolve;
    setTimeout(() => reject(new Error(`nothing requested ${url}`)), 10_000).unref();
  });
  await page.route(url, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

// Matches the widget's lazily loaded controller chunk, e.g. /_astro/controller.C7W-l_c7.js
const RE_CONTROLLER = /\/_astro\/controller\.[^/]+\.js$/;
// Matches the eager <kb-diagnose> script, e.g. /_astro/DiagnoseWidget.astro_astro_type_script_index_0_lang.B_Ln5Urq.js
const RE_ELEMENT = /\/_astro\/DiagnoseWidget\.astro[^/]*\.js$/;

test(
  'an opened file stays the input: Diagnose and Ctrl+Enter answer for it, not for the empty field',
  OPTIONS,
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openWidget(page, site().url('en/diagnose/'));
    const field = page.locator('kb-diagnose textarea');
    await answerTo(page, () =>
      page.locator('kb-diagnose input[type=file]').setInputFiles(fixture('xp-sp2-utf16le.log')),
    );
    assert.equal((await rankedSlugs(page))[0], XP_SP2);
    const note = page.locator('kb-diagnose [data-held]');
    const lines = linesOf('xp-sp2-utf16le.log');
    assert.equal(
      await note.locator('[data-held-text]').innerText(),
      `Opened file: xp-sp2-utf16le.log (UTF-16LE, ${lines} line${lines === 1 ? '' : 's'}). Read in this browser only.`,
    );
    assert.ok(await note.getByRole('button', { name: 'Remove the opened file' }).isVisible());
    assert.equal(await field.inputValue(), '');
    const clicked = await answerTo(page, () =>
      page.getByRole('button', { name: 'Diagnose', exact: true }).click(),
    );
    assert.notEqual(clicked, 'Paste a log or open a file.');
    assert.equal((await rankedSlugs(page))[0], XP_SP2, 'Diagnose answers for the file');
    await answerTo(page, () => field.press('Control+Enter'));
    assert.equal((await rankedSlugs(page))[0], XP_SP2, 'Ctrl+Enter answers for the file');
    assert.ok(await note.isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  },
);

test('typing in the field drops the file: the text is the input again', OPTIONS, async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  await answerTo(page, () =>
    page.locator('kb-diagnose input[type=file]').setInputFiles(fixture('xp-sp2-utf16le.log')),
  );
  const note = page.locator('kb-diagnose [data-held]');
  await note.waitFor();
  // Typing diagnoses as you go: the answer is the text's.
  await answerTo(page, () =>
    page
      .locator('kb-diagnose textarea')
      .pressSequentially('GetAMTPowerState fail with result: 0x800703E3'),
  );
  assert.ok(await note.isHidden());
  await page.waitForFunction(
    (slug) =>
      document.querySelector<HTMLElement>('kb-diagnose output ol.matches > li')?.dataset['slug'] ===
      slug,
    NO_OS,
  );
  await answerTo(page, () => page.getByRole('button', { name: 'Diagnose', exact: true }).click());
  assert.equal((await rankedSlugs(page))[0], NO_OS, 'Diagnose reads the field now');
  await context.close();
});

test(
  'Remove drops the opened file; Diagnose then asks for a log, and the same file can be opened again',
  OPTIONS,
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, site().url('ja/diagnose/'));
    const chooser = page.locator('kb-diagnose input[type=file]');
    await answerTo(page, () => chooser.setInputFiles(fixture('ipv6-shift-jis.log')));
    const note = page.locator('kb-diagnose [data-held]');
    assert.match(
      await note.innerText(),
      /開いたファイル: ipv6-shift-jis\.log \(Shift_JIS、\d+ 行\)/,
    );
    await note.getByRole('button', { name: '開いたファイルを取り除く' }).click();
    assert.ok(await note.isHidden());
    assert.ok(
      await page.locator('kb-diagnose textarea').evaluate((el) => el === document.activeElement),
      'focus returns to the field',
    );
    assert.equal(
      await answerTo(page, () => page.getByRole('button', { name: '診断', exact: true }).click()),
      'ログを貼り付けるか、ファイルを開いてください。',
    );
    await answerTo(page, () => chooser.setInputFiles(fixture('ipv6-shift-jis.log')));
    assert.equal((await rankedSlugs(page))[0], IPV6);
    assert.ok(await note.isVisible());
    await context.close();
  },
);

test(
  'several files, opened or dropped, are diagnosed together and each is named with its encoding',
  OPTIONS,
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openWidget(page, site().url('en/diagnose/'));
    const names = ['xp-sp2-utf16le.log', 'ipv6-shift-jis.log'];
    const note = page.locator('kb-diagnose [data-held]');
    for (const [how, act] of [
      [
        'opened',
        () => page.locator('kb-diagnose input[type=file]').setInputFiles(names.map(fixture)),
      ],
      ['dropped', () => drop(page, names)],
    ] as const) {
      await answerTo(page, act);
      const slugs = await rankedSlugs(page);
      assert.ok(slugs.includes(XP_SP2) && slugs.includes(IPV6), `${how}: ${slugs.join(', ')}`);
      const text = await note.locator('[data-held-text]').innerText();
      assert.match(
        text,
        /^Opened files: xp-sp2-utf16le\.log \(UTF-16LE, \d+ lines?\), ipv6-shift-jis\.log \(Shift_JIS, \d+ lines?\)\./,
        how,
      );
      assert.ok(
        await note.getByRole('button', { name: 'Remove the 2 opened files' }).isVisible(),
        how,
      );
      await answerTo(page, () =>
        page.getByRole('button', { name: 'Diagnose', exact: true }).click(),
      );
      assert.deepEqual(await rankedSlugs(page), slugs, `${how}: Diagnose reads both files again`);
    }
    await context.close();
  },
);

for (const how of ['chosen in the file input', 'dropped'] as const) {
  test(
    `a file ${how} before the widget's code has loaded is diagnosed once it loads`,
    OPTIONS,
    async () => {
      const context = await newContext(browser());
      const page = await context.newPage();
      const gate = await holdBack(page, RE_CONTROLLER);
      await page.goto(site().url('en/diagnose/'));
      if (how === 'dropped') await drop(page, ['ipv6-shift-jis.log']);
      else
        await page
          .locator('kb-diagnose input[type=file]')
          .setInputFiles(fixture('ipv6-shift-jis.log'));
      await gate.requested;
      assert.equal(
        await page.locator('kb-diagnose[data-ready]').count(),
        0,
        'the controller has not loaded yet',
      );
      gate.release();
      await page.waitForSelector('kb-diagnose output ol.matches');
      assert.equal((await rankedSlugs(page))[0], IPV6);
      assert.match(
        await page.locator('kb-diagnose [data-held-text]').innerText(),
        /ipv6-shift-jis\.log \(Shift_JIS/,
      );
      await context.close();
    },
  );
}

test(
  'a file chosen before <kb-diagnose> is even defined is diagnosed once it is',
  OPTIONS,
  async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const gate = await holdBack(page, RE_ELEMENT);
    await page.goto(site().url('en/diagnose/'), { waitUntil: 'commit' });
    await gate.requested;
    await page.locator('kb-diagnose input[type=file]').setInputFiles(fixture('xp-sp2-utf16le.log'));
    gate.release();
    await page.waitForSelector('kb-diagnose output ol.matches');
    assert.equal((await rankedSlugs(page))[0], XP_SP2);
    await context.close();
  },
);

test(
  "a paste made before the widget's code has loaded is kept: a large one held, a small one in the field, both diagnosed",
  OPTIONS,
  async () => {
    const context = await newContext(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const size of ['large', 'small'] as const) {
      const page = await context.newPage();
      const gate = await holdBack(page, RE_CONTROLLER);
      await page.goto(site().url('en/diagnose/'));
      const filler =
        size === 'large'
          ? Array.from(
              { length: 5000 },
              (_, i) => `Connecting to amt-pc${i}.contoso.com:16993 and waiting for its reply`,
            )
          : [];
      const text = [...filler, 'GetAMTPowerState fail with result:0x80072EE9'].join('\n');
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      const field = page.locator('kb-diagnose textarea');
      await field.focus();
      await field.press('Control+V');
      await gate.requested;
      assert.equal(
        await page.locator('kb-diagnose[data-ready]').count(),
        0,
        'the controller has not loaded yet',
      );
      gate.release();
      await page.waitForSelector('kb-diagnose output ol.matches');
      assert.equal((await rankedSlugs(page))[0], XP_SP2, size);
      if (size === 'large') {
        assert.equal(await field.inputValue(), '', 'a large paste is kept out of the field');
        assert.match(await page.locator('kb-diagnose [data-held-text]').innerText(), /5,001 lines/);
      } else {
        assert.equal(await field.inputValue(), text);
      }
      await page.close();
    }
    await context.close();
  },
);
