// The knowledge base checks itself: every signature's sample lines diagnose to their own article,
// and its near misses do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { compileInputOf } from '../../src/lib/content/load-index-fs.ts';
import { compileIndex } from '../../src/lib/diagnose/compile.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';

const kb = loadKnowledgeBase('content');
const matcher = createMatcher(compileIndex(compileInputOf(kb)));
const relatedPairs = new Set(
  kb.articles.flatMap((a) => a.facts.related.flatMap((r) => [`${a.slug}|${r}`, `${r}|${a.slug}`])),
);

test('the knowledge base has signatures to check', () => {
  assert.ok(kb.articles.flatMap((a) => a.facts.signatures).length >= 8);
});

for (const article of kb.articles) {
  for (const signature of article.facts.signatures) {
    test(`${signature.id}: every sample diagnoses to ${article.slug} as the top strong match`, () => {
      for (const sample of signature.samples) {
        const [top] = diagnose(matcher, sample).matches;
        assert.equal(top?.slug, article.slug, `sample: ${sample}`);
        assert.equal(top?.confidence, 'strong', `sample: ${sample}`);
        assert.ok(
          top.evidence.some((e) => e.signature === signature.id),
          `evidence names ${signature.id}: ${sample}`,
        );
      }
    });

    test(`${signature.id}: no near miss gives ${article.slug} a strong match`, () => {
      for (const line of signature.nearMisses) {
        const own = diagnose(matcher, line).matches.find((m) => m.slug === article.slug);
        assert.notEqual(own?.confidence, 'strong', `near miss: ${line}`);
      }
    });

    test(`${signature.id}: no unrelated article claims a sample as strong`, () => {
      for (const sample of signature.samples) {
        const others = diagnose(matcher, sample).matches.filter(
          (m) => m.confidence === 'strong' && m.slug !== article.slug,
        );
        for (const other of others)
          assert.ok(
            relatedPairs.has(`${article.slug}|${other.slug}`),
            `${other.slug} also claims: ${sample}`,
          );
      }
    });
  }
}
