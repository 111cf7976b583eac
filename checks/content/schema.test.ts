import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblems } from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

test('the knowledge base validates against the schemas', () => {
  const kb = loadKnowledgeBase('content');
  assert.equal(formatProblems(kb.problems), '');
  assert.equal(kb.articles.length, 15);
});

test('names the file and the field of a bad value', () => {
  const kb = loadKnowledgeBase('checks/fixtures/content/broken-field');
  const problem = kb.problems.find((p) => p.file.endsWith('broken-field/articles/sample-article/facts.yaml'));
  assert.ok(problem, formatProblems(kb.problems));
  assert.equal(problem.field, 'versions[1]');
});

test('names the file and the field of a misspelt key', () => {
  const kb = loadKnowledgeBase('checks/fixtures/content/broken-field');
  const messages = formatProblems(kb.problems.filter((p) => p.file.endsWith('sample-article/en.mdx')));
  assert.match(messages, /en\.mdx: symptoms: /, 'the missing "symptoms" field is named');
  assert.match(messages, /en\.mdx: \(root\): .*symptom/, 'the unknown "symptom" key is named');
});
