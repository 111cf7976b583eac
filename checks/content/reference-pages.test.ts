// Checks the built site (npm test builds first): the reference pages that articles link to exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { UI } from '../../src/i18n/site.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import type { CodeCatalogueJson } from '../../src/lib/search/code-catalogue.ts';
import { isHresult } from '../../src/schemas/error-code.ts';
import { LANGS } from '../../src/schemas/languages.ts';

const SITE = 'dist';
const kb = loadKnowledgeBase('content');
const named = (pick: (facts: (typeof kb.articles)[number]['facts']) => string[]) => [...new Set(kb.articles.flatMap((a) => pick(a.facts)))].sort();

/** The pages missing from the built site, e.g. ["en/codes/0x80072EE9/"]. */
const missing = (paths: string[]) => paths.filter((path) => !existsSync(join(SITE, path, 'index.html')));

test('every code an article names has its code page in both languages', () => {
  const codes = named((f) => f.codes);
  assert.ok(codes.length > 0, 'the articles name some codes');
  assert.deepEqual(missing(LANGS.flatMap((lang) => codes.map((code) => `${lang}/codes/${code}/`))), []);
});

test('every log an article names has its log page in both languages', () => {
  const logs = named((f) => f.logs);
  assert.ok(logs.length > 0, 'the articles name some logs');
  assert.deepEqual(missing(LANGS.flatMap((lang) => logs.map((log) => `${lang}/logs/${log}/`))), []);
});

test('the code and log indexes exist in both languages', () => {
  assert.deepEqual(missing(LANGS.flatMap((lang) => [`${lang}/codes/`, `${lang}/logs/`])), []);
});

test("the search page's code catalogue lists every code with the articles that name it", () => {
  for (const lang of LANGS) {
    const json = JSON.parse(readFileSync(join(SITE, lang, 'codes.json'), 'utf8')) as CodeCatalogueJson;
    for (const article of kb.articles) {
      for (const code of article.facts.codes) {
        assert.ok(json[code]?.articles.some((a) => a.slug === article.slug && a.title === article.texts[lang]?.frontmatter.title), `${lang}/codes.json: ${code} → ${article.slug}`);
      }
    }
  }
});

/** The text of a built page's <article>, tags removed. */
function articleText(path: string): string {
  const html = readFileSync(join(SITE, path, 'index.html'), 'utf8');
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return article.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

test('the page of a code that is not an HRESULT shows no HRESULT fields and no standard message; an HRESULT page shows both', () => {
  const notHresult = kb.codes.filter((c) => !isHresult(c)).map((c) => c.id);
  assert.ok(notHresult.includes('0x00000002'), 'the catalogue marks 0x00000002 as not an HRESULT (it has an origin)');
  for (const lang of LANGS) {
    const ui = UI[lang];
    for (const code of notHresult) {
      const text = articleText(`${lang}/codes/${code}/`);
      for (const label of [ui.decoded, ui.standardMessage, ui.facility, ui.severity]) assert.ok(!text.includes(label), `${lang}/codes/${code}/ shows "${label}"`);
      assert.ok(text.includes(ui.entryDescription) && text.includes(ui.origin), `${lang}/codes/${code}/ names the entry's description and the code's origin`);
    }
    const hresult = articleText(`${lang}/codes/0x80072EE9/`);
    for (const label of [ui.decoded, ui.standardMessage, ui.facility]) assert.ok(hresult.includes(label), `${lang}/codes/0x80072EE9/ lacks "${label}"`);
  }
});

test('the page of a log no article cites says that no article cites the log', () => {
  const cited = new Set(kb.articles.flatMap((a) => a.facts.logs));
  const uncited = kb.logs.map((l) => l.id).filter((id) => !cited.has(id));
  assert.ok(uncited.length > 0, 'some catalogued log is cited by no article');
  for (const lang of LANGS) {
    for (const log of uncited) {
      const text = articleText(`${lang}/logs/${log}/`);
      assert.ok(text.includes(UI[lang].noArticlesForLog), `${lang}/logs/${log}/ says "${UI[lang].noArticlesForLog}"`);
      assert.ok(!text.includes(UI[lang].noArticles), `${lang}/logs/${log}/ speaks of a code`);
    }
  }
  assert.equal(UI.en.noArticlesForLog, 'No article cites this log yet.');
});
