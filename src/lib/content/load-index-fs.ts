// NODE ONLY: compiles the signature index straight from content/ (for the CLI and the checks,
// which must work without a site build), through the same engineInput() as the site build.
import { compileIndex, type CompileInput } from '../diagnose/compile.ts';
import type { SignatureIndex } from '../diagnose/signature-index.ts';
import { engineInput } from './engine-input.ts';
import { loadKnowledgeBase, type KnowledgeBaseOnDisk } from './load-fs.ts';

/** The compile input of an on-disk knowledge base (articles lacking a language are left out). */
export const compileInputOf = (kb: KnowledgeBaseOnDisk): CompileInput => engineInput(kb.articles, kb.logs, kb.codes);

/** Reads content/ and compiles its index; throws with every problem listed when content is invalid. */
export function loadIndexFromContent(contentDir = 'content'): SignatureIndex {
  const kb = loadKnowledgeBase(contentDir);
  if (kb.problems.length) {
    throw new Error(`invalid content:\n${kb.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
  }
  return compileIndex(compileInputOf(kb));
}
