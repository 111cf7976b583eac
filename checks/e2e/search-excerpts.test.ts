// Search excerpts read as the page's text (issue 13): every code of the catalogue, in its common
// spellings, is searched on /ja/search/ and /en/search/, every result is drawn ("show more" until
// none is left), and no excerpt may hold a list of a code's spellings or a label run into its value.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { codeIdentifiers } from '../../src/lib/content/identifiers.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { identifierIndexTerms } from '../../src/lib/search/index-terms.ts';
import { parseCode } from '../../src/lib/diagnose/codes.ts';
import { LANGS } from '../../src/schemas/languages.ts';
import { collectErrors, newContext } from './support/browser.ts';
import {
  excerptProblems,
  pageFields,
  spellingSets,
  type Field,
} from './support/excerpt-problems.ts';
import { searchFor } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();
const codes = loadKnowledgeBase('content').codes.map((c) => c.id);
const sets = spellingSets(codes);

/** The spellings people paste: 0x80072EE9, 80072ee9, -2147012887, 2147954409. */
function querySpellings(code: string): string[] {
  const value = parseCode(code)!;
  return [...new Set([code, code.slice(2).toLowerCase(), String(value | 0), String(value >>> 0)])];
}

/** The labelled fields of a built page, read once per page. */
const fieldsOf = (() => {
  const cache = new Map<string, Field[]>();
  return (pathname: string): Field[] => {
    if (!cache.has(pathname))
      cache.set(pathname, pageFields(readFileSync(`dist${pathname}index.html`, 'utf8')));
    return cache.get(pathname)!;
  };
})();

/** Presses "show more" until every result of the answer is drawn. */
async function drawAll(page: Page): Promise<void> {
  for (
    let more = page.locator('.search-more');
    (await more.count()) > 0;
    more = page.locator('.search-more')
  ) {
    const drawn = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.search-result').length > n,
      drawn,
    );
  }
}

/** Every drawn result: the page's path and its excerpt as the reader sees it. */
const drawnExcerpts = (page: Page) =>
  page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      path: li.querySelector('a')!.pathname,
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
    })),
  );

test('the excerpt check flags the two excerpts of issue 13', () => {
  const xp =
    'the out of band management console is not supported. 0x80072ee9 80072ee9 2147012887 2147954409 12009.';
  assert.deepEqual(excerptProblems(xp, [], sets), ['spelling list "0x80072ee9 80072ee9"']);
  const code =
    'Symbolic namesERROR_WINHTTP_INVALID_OPTION, WININET_E_INVALID_OPTIONStandard messageThe option is invalid.HRESULT fieldsSeverity';
  const fields = [
    { label: 'Symbolic names', value: 'ERROR_WINHTTP_INVALID_OPTION, WININET_E_INVALID_OPTION' },
    { label: 'Standard message', value: 'The option is invalid.' },
  ];
  assert.deepEqual(excerptProblems(code, fields, sets), [
    'label run into its value "Symbolic namesERR"',
  ]);
  assert.deepEqual(
    excerptProblems(
      'Symbolic names: ERROR_WINHTTP_INVALID_OPTION. Standard message: The option is invalid.',
      fields,
      sets,
    ),
    [],
  );
});

test('the fields of a code page are read from the build, in both languages', () => {
  assert.deepEqual(fieldsOf('/en/codes/0x80072EE9/')[0], {
    label: 'Symbolic names',
    value: 'ERROR_WINHTTP_INVALID_OPTION, ERROR_INTERNET_INVALID_OPTION, WININET_E_INVALID_OPTION',
  });
  assert.equal(fieldsOf('/ja/logs/amtopmgr.log/')[0]?.label, 'パス');
});

for (const lang of LANGS) {
  test(`no excerpt of a code query holds a spelling list or a label run into its value (/${lang}/search/)`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(site().url(`${lang}/search/`));
    const problems: string[] = [];
    const pages = new Set<string>();
    let excerpts = 0;
    for (const code of codes) {
      for (const query of querySpellings(code)) {
        await searchFor(page, query);
        await drawAll(page);
        for (const { path, excerpt } of await drawnExcerpts(page)) {
          excerpts++;
          pages.add(path);
          for (const problem of excerptProblems(excerpt, fieldsOf(path), sets))
            problems.push(`${query} → ${path}: ${problem} in "${excerpt}"`);
        }
      }
    }
    assert.deepEqual(problems, []);
    // The queries reach the pages that hold spellings and fields: articles, code pages, log pages.
    for (const kind of ['articles', 'codes', 'logs'])
      assert.ok(
        [...pages].some((p) => p.startsWith(`/${lang}/${kind}/`)),
        `a ${kind} page is among the results`,
      );
    assert.ok(excerpts > 60, `${excerpts} excerpts checked`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Matches the gaps between an excerpt's words, e.g. " " or U+200B
const RE_WORD_GAPS = /[\s\u200B]+/;

/** Every identifier an article quotes, with the joined form it is indexed under (amtredirectionservice). */
const identifiers = loadKnowledgeBase('content').articles.flatMap((a) =>
  codeIdentifiers(a.texts.en?.body ?? ''),
);
// Only a name with a joiner (_ :: .) has a joined form that no page writes: "getamtpowerstate" is the name itself.
const joinedForms = [...new Set(identifiers)]
  .map((name) => ({ name, joined: identifierIndexTerms([name]) }))
  .filter(({ name, joined }) => joined !== name.toLowerCase() && joined.length > 3)
  .map(({ joined }) => joined);

for (const lang of LANGS) {
  test(`no excerpt of an identifier query shows the joined words it is indexed under (/${lang}/search/)`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/search/`));
    const problems: string[] = [];
    let excerpts = 0;
    for (const name of [...new Set(identifiers)].slice(0, 12)) {
      await searchFor(page, name);
      for (const { path, excerpt } of await drawnExcerpts(page)) {
        excerpts++;
        // A joined form is never written on a page: in an excerpt it can only come from the index attribute.
        const words = excerpt.toLowerCase().split(RE_WORD_GAPS);
        for (const joined of joinedForms)
          if (words.some((word) => word.includes(joined)))
            problems.push(`${name} → ${path}: "${joined}" in "${excerpt}"`);
      }
    }
    assert.ok(excerpts >= 12, `${excerpts} excerpts checked`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
