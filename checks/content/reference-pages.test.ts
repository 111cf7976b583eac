// Checks the built site (npm test builds first): the reference pages that articles link to exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import type { CodeCatalogueJson } from '../../src/lib/search/code-catalogue.ts';
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
