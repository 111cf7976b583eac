import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLiterals, formatProblems, parityProblems } from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase, type KnowledgeBaseOnDisk } from '../../src/lib/content/load-fs.ts';

const kb = loadKnowledgeBase('content');

test('both languages of every article share their code literals, version notes and sections', () => {
  assert.equal(formatProblems(parityProblems(kb)), '');
});

test('every article has a Japanese and an English text', () => {
  for (const article of kb.articles) assert.deepEqual(Object.keys(article.texts).sort(), ['en', 'ja'], article.slug);
});

test('reports a code literal that only one language has', () => {
  const article = structuredClone(kb.articles.find((a) => a.slug === 'console-on-xp-sp2-or-server-2003-sp1')!);
  article.texts.en!.body = article.texts.en!.body.replaceAll('0x80072EE9', '0x80072EE7');
  const problems = parityProblems({ ...kb, articles: [article] } satisfies KnowledgeBaseOnDisk);
  assert.match(formatProblems(problems), /en\.mdx: \(body\): lacks the code literal `0x80072EE9`/);
});

test('reports version notes given in one language only', () => {
  const article = structuredClone(kb.articles.find((a) => a.slug === 'blocked-client-behavior')!);
  delete article.texts.en!.frontmatter.versionNotes!.sp2;
  assert.match(formatProblems(parityProblems({ ...kb, articles: [article] })), /versionNotes: notes versions \[sp1\] but .*ja\.mdx notes \[sp1,sp2\]/);
});

test('reads fenced blocks and inline code as literals, with white space collapsed', () => {
  const literals = codeLiterals('Run `ipconfig  /flushdns` then:\n\n```cmd\nnslookup  host\n```\n');
  assert.deepEqual([...literals].sort(), ['ipconfig /flushdns', 'nslookup host']);
});
