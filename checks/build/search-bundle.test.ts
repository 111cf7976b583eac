// The search bundle that the build wrote is whole: Pagefind's entry file parses and names both
// languages, and every language has its metadata file (an empty entry file once broke all search).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

test("the Pagefind entry file parses and names both languages' indexes", () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  for (const lang of ['ja', 'en']) {
    const index = entry.languages[lang];
    assert.ok(index && index.page_count > 20, `${lang}: ${JSON.stringify(index)}`);
    assert.ok(existsSync(`dist/pagefind/pagefind.${index.hash}.pf_meta`), `${lang} metadata file`);
  }
});
