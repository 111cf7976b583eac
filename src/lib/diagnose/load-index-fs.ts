// NODE ONLY: compiles the signature index straight from content/ (for the CLI and the checks,
// which must work without a site build).
import { loadKnowledgeBase, type KnowledgeBaseOnDisk } from '../content/load-fs.ts';
import { compileIndex, type CompileInput } from './compile.ts';
import type { SignatureIndex } from './signature-index.ts';

/** The compile input of an on-disk knowledge base (articles lacking a language are left out). */
export function compileInputOf(kb: KnowledgeBaseOnDisk): CompileInput {
  return {
    articles: kb.articles.flatMap(({ slug, facts, texts }) =>
      texts.ja && texts.en ? [{ slug, related: facts.related, codes: facts.codes, signatures: facts.signatures, texts: { ja: texts.ja.frontmatter, en: texts.en.frontmatter } }] : [],
    ),
    logs: kb.logs,
    codes: kb.codes,
  };
}

/** Reads content/ and compiles its index; throws with every problem listed when content is invalid. */
export function loadIndexFromContent(contentDir = 'content'): SignatureIndex {
  const kb = loadKnowledgeBase(contentDir);
  if (kb.problems.length) {
    throw new Error(`invalid content:\n${kb.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
  }
  return compileIndex(compileInputOf(kb));
}
