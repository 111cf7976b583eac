// NODE ONLY. Compiles the CLI's knowledge bundle from content/: the same index as the site's
// diagnose-index.json (through load-index-fs.ts) and the articles' texts for `oobkb show`.
// Loaded only when the cache misses, since YAML, zod and the compiler take most of a cold start.
import { compileIndex } from '../lib/diagnose/compile.ts';
import { loadKnowledgeBase } from '../lib/content/load-fs.ts';
import { compileInputOf } from '../lib/content/load-index-fs.ts';
import { createMatcher } from '../lib/diagnose/matcher.ts';
import { ByteScanner } from '../lib/diagnose/byte-scanner.ts';
import { createStreamMatcher, scannerCodes } from '../lib/diagnose/stream-matcher.ts';
import { formatProblems } from '../lib/content/integrity.ts';
import { ContentError } from './problems.ts';
import type { BundleArticle, KnowledgeBundle } from './knowledge-cache.ts';

/** Reads and compiles content/; throws with every problem listed when content is invalid. */
export function compileBundle(contentDir: string, key: string): KnowledgeBundle {
  const kb = loadKnowledgeBase(contentDir);
  if (kb.problems.length) {
    throw new ContentError(`invalid content:\n${formatProblems(kb.problems)}`);
  }
  const articles = kb.articles.map(({ slug, facts, texts }): BundleArticle => ({
    slug,
    versions: facts.versions,
    logs: facts.logs,
    codes: facts.codes,
    related: facts.related,
    texts: Object.fromEntries(
      Object.entries(texts).map(([lang, { frontmatter: f, body }]) => [
        lang,
        {
          title: f.title,
          summary: f.summary,
          symptoms: f.symptoms,
          ...(f.versionNotes ? { versionNotes: f.versionNotes } : {}),
          body,
        },
      ]),
    ),
  }));
  const logs = kb.logs.map(({ id, name, path }) => ({ id, name, path }));
  const index = compileIndex(compileInputOf(kb));
  const matcher = createMatcher(index);
  const streamMatcher = createStreamMatcher(matcher);
  return {
    key,
    index,
    automaton: matcher.automaton,
    streamAutomaton: streamMatcher.bytes,
    // As StreamDiagnosis makes its scanner; empty where WebAssembly cannot run.
    scannerImage:
      ByteScanner.image(streamMatcher.bytes, { codes: scannerCodes(streamMatcher) }) ??
      new Uint8Array(0),
    texts: { articles, logs },
  };
}
