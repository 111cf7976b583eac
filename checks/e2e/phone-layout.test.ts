// Reading on a phone (issue 13): every built page, in both languages, at 360 and 390 px. No page
// scrolls sideways and every <h1> begins on the first screen; the header folds its navigation and
// language behind one control with the search box in view; an article puts its title and summary
// before its facts and contents, which are folded; long log lines scroll inside their own block.
// Nothing here needs JavaScript; the widths are also read with it on.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { htmlFiles } from '../../scripts/lib/link-check.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { LANGS } from '../../src/schemas/languages.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
/** The first screen of a phone: the <h1> must begin within it. */
const FIRST_SCREEN = 400;
const slugs = loadKnowledgeBase('content').articles.map((a) => a.slug);

// The root only redirects to /ja/ (meta refresh), which is read like every other page.
const pages = htmlFiles('dist')
  .map((file) => relative('dist', file).replace(/index\.html$/, ''))
  .filter((path) => path !== '' && !path.startsWith('pagefind'));

/** A phone-sized page: a touch screen of the given width, 740 px tall, JavaScript on or off. */
async function phonePage(b: Browser, width: number, javaScriptEnabled: boolean): Promise<Page> {
  const context = await b.newContext({
    viewport: { width, height: 740 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
  });
  return context.newPage();
}

/** How far the page scrolls sideways, and where its <h1> begins (from the top of the document). */
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const h1 = document.querySelector('h1');
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      h1Top: h1 ? h1.getBoundingClientRect().top + window.scrollY : undefined,
    };
  });

for (const [width, javaScriptEnabled] of [
  [360, false],
  [360, true],
  [390, true],
] as const) {
  test(`every page at ${width} px (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) does not scroll sideways and begins its <h1> within ${FIRST_SCREEN} px`, async () => {
    assert.ok(pages.length > 70, `${pages.length} pages`);
    for (const lang of LANGS)
      assert.ok(pages.filter((p) => p.startsWith(`${lang}/`)).length > 30, `pages in ${lang}`);
    const page = await phonePage(browser(), width, javaScriptEnabled);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(site().url(path));
      const { sideways, h1Top } = await layoutOf(page);
      if (sideways > 0) problems.push(`${path}: scrolls ${sideways} px sideways`);
      if (h1Top === undefined || h1Top > FIRST_SCREEN)
        problems.push(`${path}: <h1> begins at ${h1Top} px`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

for (const lang of LANGS) {
  test(`on a phone the header folds navigation and language behind one control, the search box in view (${lang}, no JavaScript)`, async () => {
    const page = await phonePage(browser(), 360, false);
    await page.goto(site().url(`${lang}/articles/${slugs[0]}/`));
    const search = page.locator('.site-header input[name="q"]');
    assert.ok(await search.isVisible(), 'the search box shows');
    assert.ok(
      ((await search.boundingBox())?.y ?? Infinity) < 200,
      'the search box is near the top',
    );
    const nav = page.locator('.site-nav a');
    const other = page.locator('[data-lang-switch]');
    assert.equal(await nav.first().isVisible(), false, 'navigation folded');
    assert.equal(await other.isVisible(), false, 'language folded');
    assert.equal(await page.locator('.site-menu > summary').count(), 1, 'one control');
    await page.locator('.site-menu > summary').click();
    assert.equal(await nav.count(), 4);
    for (const link of await nav.all())
      assert.ok(await link.isVisible(), `${await link.textContent()} shows once the menu is open`);
    assert.ok(await other.isVisible(), 'the language link shows once the menu is open');
    const { sideways } = await layoutOf(page);
    assert.equal(sideways, 0, 'the open menu does not widen the page');
    await other.click();
    await page.waitForURL(new RegExp(`/${lang === 'ja' ? 'en' : 'ja'}/articles/${slugs[0]}/$`));
    await page.context().close();
  });

  test(`on a phone every article shows its title and summary first, its facts and contents folded after them (${lang}, no JavaScript)`, async () => {
    const page = await phonePage(browser(), 360, false);
    const problems: string[] = [];
    for (const slug of slugs) {
      await page.goto(site().url(`${lang}/articles/${slug}/`));
      const order = await page.evaluate(() => {
        const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom;
        const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
        const folds = [...document.querySelectorAll<HTMLDetailsElement>('.article-aside details')];
        return {
          summaryOnFirstScreen: top('.article-head .summary') + window.scrollY < 740,
          asideAfterSummary: top('.article-aside') >= bottom('.article-head .summary'),
          bodyAfterAside: top('.article-body') >= bottom('.article-aside'),
          folds: folds.length,
          folded: folds.every((d) => !d.open && !d.querySelector('.panel')!.checkVisibility()),
        };
      });
      for (const [what, ok] of Object.entries(order))
        if (ok !== true && what !== 'folds') problems.push(`${slug}: ${what}`);
      if (order.folds !== 2) problems.push(`${slug}: ${order.folds} folds`);
    }
    assert.deepEqual(problems, []);
    // "On this page" opens without JavaScript and its links lead to the sections.
    await page.locator('.article-aside summary').nth(1).click();
    await page.locator('.toc a').nth(1).click();
    assert.match(page.url(), /#.+$/);
    await page.context().close();
  });
}

test('on a phone long log lines scroll inside their own block, not the page', async () => {
  const page = await phonePage(browser(), 360, false);
  await page.goto(site().url('en/articles/ider-sol-disabled-in-bios-extension/'));
  const blocks = await page.locator('pre.astro-code').evaluateAll((pres) =>
    pres.map((pre) => ({
      scrolls: pre.scrollWidth > pre.clientWidth,
      focusable: pre.tabIndex === 0,
      wraps: getComputedStyle(pre).whiteSpace !== 'pre',
    })),
  );
  assert.ok(
    blocks.some((b) => b.scrolls),
    'a log block is wider than the screen and scrolls',
  );
  assert.deepEqual(
    blocks.filter((b) => !b.focusable || b.wraps),
    [],
    'each block keeps its lines and can be scrolled from the keyboard',
  );
  assert.equal((await layoutOf(page)).sideways, 0);
  await page.context().close();
});

test("on a wide screen the navigation, the language and the article's facts and contents show without opening anything", async () => {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(site().url(`en/articles/${slugs[0]}/`));
  for (const selector of ['.site-nav a', '[data-lang-switch]', '.metadata h2', '.toc h2', '.toc a'])
    assert.ok(await page.locator(selector).first().isVisible(), `${selector} shows`);
  for (const selector of ['.site-menu > summary', '.article-aside summary'])
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is hidden`);
  const [body, aside] = await Promise.all(
    ['.article-body', '.article-aside'].map((s) => page.locator(s).boundingBox()),
  );
  assert.ok(aside!.x > body!.x + body!.width, 'the facts and contents sit beside the text');
  await context.close();
});
