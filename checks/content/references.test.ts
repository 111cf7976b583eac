import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblems, referenceProblems } from '../../src/lib/content/integrity.ts';
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
