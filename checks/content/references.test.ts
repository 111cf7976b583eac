import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblems, linkTitleProblems, referenceProblems } from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

test('every log, code, signature part and related slug of the knowledge base resolves', () => {
  assert.equal(formatProblems(referenceProblems(loadKnowledgeBase('content'))), '');
});

test('fails when a signature names a log file missing from the log catalogue', () => {
  const problems = referenceProblems(loadKnowledgeBase('checks/fixtures/content/dangling-refs'));
  assert.match(formatProblems(problems), /sample-article\/facts\.yaml: signatures\[0\]\.log: log "nosuch\.log" is not in logs\.yaml/);
});

test('fails when a signature names an error code missing from the code catalogue', () => {
  const problems = referenceProblems(loadKnowledgeBase('checks/fixtures/content/dangling-refs'));
  assert.match(formatProblems(problems), /sample-article\/facts\.yaml: signatures\[0\]\.code: code 0x80070005 is not in codes\.yaml/);
  assert.match(formatProblems(problems), /sample-article\/facts\.yaml: codes\[0\]: code 0x80070005 is not in codes\.yaml/);
});

test("every link to another article reads that article's title, in both languages", () => {
  assert.equal(formatProblems(linkTitleProblems(loadKnowledgeBase('content'))), '');
});

test('fails when a link names an article by other words than its title', () => {
  const kb = loadKnowledgeBase('content');
  const article = kb.articles.find((a) => a.slug === 'console-not-loading-no-amt-user-account')!;
  const en = article.texts.en!;
  const body = en.body.replace(/\[[^\]]*\]\(\.\.\/amt-settings-not-applied\/\)/, '[The latest AMT settings are not applied to AMT-based computers](../amt-settings-not-applied/)');
  const changed = { ...kb, articles: [{ ...article, texts: { ...article.texts, en: { ...en, body } } }, ...kb.articles.filter((a) => a !== article)] };
  assert.match(formatProblems(linkTitleProblems(changed)), /en\.mdx: \(body\): the link to \.\.\/amt-settings-not-applied\/ reads "The latest AMT settings/);
});
