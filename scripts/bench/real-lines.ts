// The real signature lines of the knowledge base: each signature's samples and near misses, read
// from content/ the way the CLI reads it.
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import type { SignatureIndex } from '../../src/lib/diagnose/signature-index.ts';

/** Every sample and near-miss line of every signature in `contentDir`. */
export function realSignatureLines(contentDir: string): string[] {
  const kb = loadKnowledgeBase(contentDir);
  return kb.articles.flatMap((a) =>
    a.facts.signatures.flatMap((s) => [...s.samples, ...s.nearMisses]),
  );
}

/** The folded message patterns of an index (what a signature's text must contain), without duplicates. */
export function messagePatterns(index: SignatureIndex): string[] {
  return [...new Set(index.signatures.flatMap((s) => s.messages))];
}
