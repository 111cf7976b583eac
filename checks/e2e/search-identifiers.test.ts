// Every identifier an article quotes in its code literals (AMT_RedirectionService,
// SMS_AMT_OPERATION_MANAGER, CSMSAMTProvTask::StartProvision, Oobconsole.log, …) finds an article
// that quotes it among the first three results, in both languages. The identifiers come from the
// content, so a new article's identifiers are checked too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeIdentifiers } from '../../src/lib/content/identifiers.ts';
import { loadKnowledgeBase, type ArticleOnDisk } from '../../src/lib/content/load-fs.ts';
import { LANGS, type Lang } from '../../src/schemas/languages.ts';
import { newContext } from './support/browser.ts';
import { rankedArticles, searchFor } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const kb = loadKnowledgeBase('content');
const TOP = 3;

/** Each identifier (as first written) with the articles whose code literals quote it, in any case. */
function identifiers(): Map<string, Set<string>> {
  const byKey = new Map<string, { name: string; slugs: Set<string> }>();
  for (const article of kb.articles) {
    for (const lang of LANGS) {
      for (const name of codeIdentifiers(article.texts[lang]?.body ?? '')) {
        const entry = byKey.get(name.toLowerCase()) ?? { name, slugs: new Set<string>() };
        entry.slugs.add(article.slug);
        byKey.set(name.toLowerCase(), entry);
      }
    }
  }
  return new Map([...byKey.values()].map(({ name, slugs }) => [name, slugs]));
}

/** Does an article's text in a language (frontmatter and body) contain a word, in any case? */
function mentions(article: ArticleOnDisk, lang: Lang, word: string): boolean {
  const text = article.texts[lang];
  const all = text
    ? [
        text.frontmatter.title,
        text.frontmatter.summary,
        ...text.frontmatter.symptoms,
        text.body,
      ].join('\n')
    : '';
  return all.toLowerCase().includes(word.toLowerCase());
}

/**
 * What is wrong with the articles among the first results for an identifier: one of them must
 * quote it. An identifier that more than three articles quote (the installation path placeholder,
 * the console's log folder and file) names no one article, and its log pages may come first: for
 * it, no article among the first results may lack it.
 */
function missOf(name: string, quoting: Set<string>, top: string[], lang: Lang): string | undefined {
  const ok =
    quoting.size <= TOP
      ? top.some((slug) => quoting.has(slug))
      : top.every((slug) =>
          mentions(
            kb.articles.find((a) => a.slug === slug)!,
            lang,
            name,
          ),
        );
  return ok
    ? undefined
    : `${name} → ${top.join(', ') || 'no article'} (quoted by ${[...quoting].join(', ')})`;
}

const IDENTIFIERS = identifiers();

test('the identifiers are enumerated from the articles’ code literals', () => {
  for (const name of [
    'AMT_RedirectionService',
    'SMS_AMT_OPERATION_MANAGER',
    'CSMSAMTProvTask::StartProvision',
    'IMR_IDEROpenTCPSession',
  ]) {
    assert.ok(IDENTIFIERS.has(name), `${name} is among ${[...IDENTIFIERS.keys()].join(' ')}`);
  }
});

for (const lang of LANGS) {
  test(`${IDENTIFIERS.size} identifiers each find an article that quotes them among the first ${TOP} results (${lang})`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/search/`));
    const misses: string[] = [];
    for (const [name, quoting] of IDENTIFIERS) {
      await searchFor(page, name);
      const miss = missOf(name, quoting, (await rankedArticles(page)).slice(0, TOP), lang);
      if (miss) misses.push(miss);
    }
    assert.deepEqual(misses, []);
    await context.close();
  });
}
