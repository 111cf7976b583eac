// The site deployed under a sub-path (base /kb/): built once here with OOBKB_BASE, then every link,
// the widget (worker and index), the code pages and the search are tested under /kb/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { newContext } from './support/browser.ts';
import { rankedArticles, waitForAnswer } from './support/search-page.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, openWidget } from './support/widget.ts';

const OUT = '.tmp/dist-kb';
const BASE = '/kb/';

function build(): void {
  const env = { ...process.env, OOBKB_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const args of [
    ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', OUT],
    ['scripts/build-search-index.ts', OUT],
  ]) {
    const result = spawnSync(process.execPath, args, {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  }
}

before(build);
const { site, browser } = useSite({ root: OUT, base: BASE });

test('every internal link and anchor resolves under /kb/', () => {
  const { pages, broken } = checkLinks(OUT, BASE);
  assert.ok(pages > 60);
  assert.deepEqual(broken, []);
});

test('pages, the language switch and code pages work under /kb/', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
  await page.goto(site().url(''));
  await page.waitForURL('**/kb/ja/');
  await page.goto(site().url('ja/articles/ipv6-slow-response/'));
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/kb/en/articles/ipv6-slow-response/');
  await page.goto(site().url('en/codes/0x80072EE9/'));
  assert.match(await page.locator('h1').innerText(), /0x80072EE9/);
  assert.deepEqual(failed, []);
  await context.close();
});

test('the diagnosis widget loads its worker and index from /kb/', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openWidget(page, site().url('en/diagnose/'));
  await diagnoseText(page, 'GetAMTPowerState fail with result:0x80072EE9');
  assert.equal(
    await page.locator('kb-diagnose output ol.matches a').first().getAttribute('href'),
    '/kb/en/articles/console-on-xp-sp2-or-server-2003-sp1/',
  );
  assert.deepEqual(
    requests.filter((path) => !path.startsWith(BASE)),
    [],
  );
  await context.close();
});

test('search loads its bundle from /kb/ and links its results under it', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(site().url('en/search/?q=0x80072EE9'));
  await waitForAnswer(page, '0x80072EE9');
  assert.deepEqual(
    requests.filter((p) => !p.startsWith(BASE)),
    [],
  );
  assert.ok(
    requests.includes('/kb/pagefind/pagefind.js') && requests.includes('/kb/en/codes.json'),
  );
  const links = await page
    .locator('.search-output a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  assert.ok(links.length > 0 && links.every((p) => p.startsWith(BASE)), links.join(' '));
  assert.equal((await rankedArticles(page))[0], 'console-on-xp-sp2-or-server-2003-sp1');
  await context.close();
});
