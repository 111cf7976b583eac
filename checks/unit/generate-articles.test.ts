// The scale generator writes content that passes every content check and diagnoses correctly,
// so measurements at 1,000 and 2,000 articles measure a valid knowledge base.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateContent } from '../../scripts/generate-articles.ts';
import {
  formatProblems,
  parityProblems,
  referenceProblems,
} from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { compileIndex } from '../../src/lib/diagnose/compile.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { compileInputOf } from '../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';

test('writes N valid synthetic articles beside the real ones, each found by its own sample', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'oobkb-gen-')), 'content');
  generateContent(40, dir);
  const kb = loadKnowledgeBase(dir);
  assert.equal(kb.articles.length, 55);
  assert.equal(
    formatProblems([...kb.problems, ...referenceProblems(kb), ...parityProblems(kb)]),
    '',
  );
  const matcher = createMatcher(compileIndex(compileInputOf(kb)));
  for (const article of kb.articles.filter((a) => a.slug.startsWith('synthetic-'))) {
    const [top] = diagnose(matcher, article.facts.signatures[0]!.samples[0]!).matches;
    assert.equal(top?.slug, article.slug);
    assert.equal(top?.confidence, 'strong');
  }
});
