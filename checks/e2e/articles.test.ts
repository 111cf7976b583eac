import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { LANGS } from '../../src/schemas/languages.ts';
import { collectErrors, newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const kb = loadKnowledgeBase('content');

test('every article renders in both languages with its title, lang and facts panel, and logs no error', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const errors = collectErrors(page);
  for (const article of kb.articles) {
    for (const lang of LANGS) {
      const response = await page.goto(site().url(`${lang}/articles/${article.slug}/`));
      assert.equal(response?.status(), 200, `${lang}/${article.slug}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(
        await page.getByRole('heading', { level: 1 }).textContent(),
        article.texts[lang]!.frontmatter.title,
      );
      const versions = await page
        .locator('.metadata [data-version]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-version')));
      assert.deepEqual(versions, article.facts.versions, `${lang}/${article.slug} versions`);
      for (const log of article.facts.logs)
        assert.equal(
          await page.locator(`.metadata [data-log="${log}"] .path`).count(),
          1,
          `${log} path shown`,
        );
      const hreflangs = await page
        .locator('link[rel=alternate][hreflang]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
      assert.deepEqual(hreflangs.sort(), ['en', 'ja', 'x-default']);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch lands on the same article in the other language', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  for (const [from, to] of [
    ['ja', 'en'],
    ['en', 'ja'],
  ] as const) {
    await page.goto(site().url(`${from}/articles/ider-fails-without-local-admin/`));
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`**/${to}/articles/ider-fails-without-local-admin/`);
    assert.equal(await page.getAttribute('html', 'lang'), to);
  }
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`log excerpts are highlighted in the ${colorScheme} theme`, async () => {
    const context = await newContext(browser(), { colorScheme });
    const page = await context.newPage();
    await page.goto(site().url('en/articles/console-on-xp-sp2-or-server-2003-sp1/'));
    const block = page.locator('pre[data-language="cmlog"]').first();
    const colours = await block.evaluate((pre) => {
      const spans = [...pre.querySelectorAll('span span')];
      const code = spans.find((s) => s.textContent === '0x80072EE9')!;
      const word = spans.find((s) => s.textContent === 'fail')!;
      return {
        base: getComputedStyle(pre).color,
        background: getComputedStyle(pre).backgroundColor,
        code: getComputedStyle(code).color,
        word: getComputedStyle(word).color,
      };
    });
    assert.notEqual(colours.code, colours.base, 'the error code has its own colour');
    assert.notEqual(colours.word, colours.base, 'the word "fail" has its own colour');
    assert.notEqual(colours.code, colours.word);
    const dark = colorScheme === 'dark';
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0) / 3;
    assert.equal(
      luminance(colours.background) < 128,
      dark,
      `background ${colours.background} suits the ${colorScheme} theme`,
    );
    await context.close();
  });
}

test('articles are readable with JavaScript off', async () => {
  const context = await newContext(browser(), { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site().url('ja/articles/renamed-or-moved-computer/'));
  assert.match(await page.locator('article').innerText(), /SMS_AMTMachineInfo/);
  assert.equal(await page.getByRole('heading', { level: 2, name: '解決方法' }).count(), 1);
  await context.close();
});

test('the root leads to the Japanese site and offers English', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url(''));
  await page.waitForURL('**/ja/');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  await context.close();
  const noJs = await newContext(browser(), { javaScriptEnabled: false });
  const root = await noJs.newPage();
  const html = await (await root.request.get(site().url(''))).text();
  assert.match(html, /href="\/en\/"/);
  await noJs.close();
});
