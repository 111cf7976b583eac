// What a deployment needs besides the pages: a CSP on every page, a 404 page, sitemap.xml with
// hreflang alternates, robots.txt.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../../scripts/lib/link-check.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

// Matches the CSP meta element and captures its policy.
const RE_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** The directives of a policy, by name. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!, values]),
  );

test('every page carries a CSP that allows the site itself only', () => {
  const pages = htmlFiles('dist').filter((f) => !f.includes('/pagefind/'));
  assert.ok(pages.length > 60);
  for (const page of pages) {
    const policy = RE_CSP.exec(readFileSync(page, 'utf8'))?.[1];
    assert.ok(policy, `${relative('dist', page)} has no CSP meta`);
    const d = directives(policy);
    assert.deepEqual(d.get('default-src'), ["'self'"], page);
    for (const name of ['connect-src', 'worker-src'])
      assert.deepEqual(d.get(name), ["'self'"], `${page} ${name}`);
    for (const name of ['script-src', 'style-src']) {
      const values = d.get(name) ?? [];
      assert.ok(values.includes("'self'"), `${page} ${name}`);
      // Only the site, hashes of its own inline code, and WebAssembly compilation for Pagefind.
      assert.deepEqual(
        values.filter(
          (v) => v !== "'self'" && v !== "'wasm-unsafe-eval'" && !v.startsWith("'sha256-"),
        ),
        [],
        `${page} ${name}`,
      );
    }
  }
});

test('the 404 page exists and leads back in both languages', () => {
  const html = readFileSync('dist/404.html', 'utf8');
  assert.match(html, /href="\/ja\/"/);
  assert.match(html, /href="\/en\/"/);
});

test('sitemap.xml lists every article in both languages with hreflang alternates', () => {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  for (const { slug } of loadKnowledgeBase('content').articles) {
    for (const lang of ['ja', 'en'])
      assert.ok(sitemap.includes(`<loc>/${lang}/articles/${slug}/</loc>`), `${lang}/${slug}`);
    assert.ok(
      sitemap.includes(`hreflang="ja" href="/ja/articles/${slug}/"`) &&
        sitemap.includes(`hreflang="en" href="/en/articles/${slug}/"`),
      slug,
    );
  }
  // Every listed page exists.
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
    assert.ok(existsSync(`dist${loc}index.html`), loc);
});

test('robots.txt allows crawling and names the sitemap', () => {
  assert.equal(
    readFileSync('dist/robots.txt', 'utf8'),
    'User-agent: *\nAllow: /\n\nSitemap: /sitemap.xml\n',
  );
});
