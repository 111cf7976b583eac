import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { bodyContains } from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { LANGS } from '../../src/schemas/languages.ts';

// Every language-neutral fact of the source material, per article (see the file's header).
const seedFacts = parse(readFileSync('checks/content/seed-facts.yaml', 'utf8')) as Record<string, string[]>;
const kb = loadKnowledgeBase('content');

test('the seed-facts table covers exactly the 15 articles', () => {
  assert.deepEqual(Object.keys(seedFacts).sort(), kb.articles.map((a) => a.slug).sort());
});

for (const [slug, facts] of Object.entries(seedFacts)) {
  test(`${slug} states every fact of the source in both languages`, () => {
    const article = kb.articles.find((a) => a.slug === slug);
    assert.ok(article, `no article ${slug}`);
    for (const lang of LANGS) {
      const missing: string[] = facts.filter((fact) => !bodyContains(article.texts[lang]!.body, fact));
      assert.deepEqual(missing, [], `${slug}/${lang}.mdx lacks these facts`);
    }
  });
}

test('the blocked-client article notes the SP1 and SP2 behaviour in both languages', () => {
  const article = kb.articles.find((a) => a.slug === 'blocked-client-behavior')!;
  for (const lang of LANGS) assert.deepEqual(Object.keys(article.texts[lang]!.frontmatter.versionNotes ?? {}).sort(), ['sp1', 'sp2']);
});
