// NODE ONLY. The knowledge base the CLI needs (the engine's index and the articles' texts),
// compiled from content/ once and cached in a file named by the hash of content/ and of the code
// that compiles it. A start-up reads that JSON file; YAML, zod and the compiler load only when
// content/ (or that code) changed. The cache folder is cache-folder.mjs's, under knowledge/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { SignatureIndex } from '../lib/diagnose/signature-index.ts';
import type { Lang } from '../schemas/languages.ts';
import { cacheFolders, ownFolder, PACKAGE_ROOT, writeCacheFile } from './cache-folder.mjs';

/** One article in one language, as `oobkb show` prints it. */
export interface BundleText {
  title: string;
  summary: string;
  symptoms: string[];
  versionNotes?: Partial<Record<string, string>>;
  /** The MDX body (markdown). */
  body: string;
}

export interface BundleArticle {
  slug: string;
  versions: string[];
  logs: string[];
  codes: string[];
  related: string[];
  texts: Partial<Record<Lang, BundleText>>;
}

/** Everything the CLI reads of the knowledge base. */
export interface KnowledgeBundle {
  /** The hash it was compiled for. */
  key: string;
  index: SignatureIndex;
  articles: BundleArticle[];
  logs: { id: string; name: string; path: string }[];
}

/** Bumped when the bundle's shape changes, so an old cache file is never read as a new one. */
const BUNDLE_FORMAT = 1;
/** The code whose output the bundle is: a change there recompiles too. */
const COMPILER_DIRS = ['src/lib/diagnose', 'src/lib/content', 'src/schemas'];
const COMPILER_FILES = ['src/cli/knowledge-cache.ts', 'src/cli/compile-bundle.ts'];

/** Every file under `dir`, as paths relative to `base`, sorted. */
function filesUnder(dir: string, base: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, base));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** The hash of content/ (names and bytes) and of the compiling code. */
export function bundleKey(contentDir: string): string {
  const hash = createHash('sha256').update(`oobkb bundle ${BUNDLE_FORMAT}\0`);
  const add = (base: string, files: string[]) => {
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(base, file))).update('\0');
  };
  add(contentDir, filesUnder(contentDir, contentDir));
  add(PACKAGE_ROOT, [...COMPILER_DIRS.flatMap((d) => filesUnder(join(PACKAGE_ROOT, d), PACKAGE_ROOT)), ...COMPILER_FILES]);
  return hash.digest('hex').slice(0, 32);
}

/** The cache's sub-folder for bundles. */
const SUB = 'knowledge';
const fileName = (key: string) => `knowledge-${key}.json`;

function readCached(key: string): { bundle: KnowledgeBundle; file: string } | undefined {
  for (const dir of cacheFolders()) {
    const file = join(dir, SUB, fileName(key));
    try {
      if (!ownFolder(dir)) continue;
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBundle;
      if (bundle.key === key) return { bundle, file };
    } catch {
      // Missing or unreadable: try the next folder, then compile.
    }
  }
  return undefined;
}

/** Writes the bundle in the cache and removes the bundles of older content beside it. */
function writeCached(bundle: KnowledgeBundle): string | undefined {
  const file = writeCacheFile(SUB, fileName(bundle.key), JSON.stringify(bundle));
  if (file === undefined) return undefined;
  const dir = join(file, '..');
  for (const old of readdirSync(dir)) if (old.startsWith('knowledge-') && old !== fileName(bundle.key)) rmSync(join(dir, old), { force: true });
  return file;
}

/** Says where the knowledge base came from when OOBKB_TRACE is set (the checks read it). */
function trace(text: string): void {
  if (process.env['OOBKB_TRACE']) process.stderr.write(`oobkb: ${text}\n`);
}

/** The knowledge base of `contentDir`, from the cache when content/ has not changed since it was compiled. */
export function loadKnowledge(contentDir: string): KnowledgeBundle {
  const start = performance.now();
  const key = bundleKey(contentDir);
  const cached = readCached(key);
  if (cached) {
    trace(`knowledge base from the cache ${cached.file} (${Math.round(performance.now() - start)} ms)`);
    return cached.bundle;
  }
  // Loaded on demand (and synchronously, so every command stays a plain function).
  const { compileBundle } = createRequire(import.meta.url)('./compile-bundle.ts') as typeof import('./compile-bundle.ts');
  const bundle = compileBundle(contentDir, key);
  const file = writeCached(bundle);
  trace(`knowledge base compiled from ${contentDir} (${Math.round(performance.now() - start)} ms), ${file ? `cached in ${file}` : 'not cached (no writable cache folder)'}`);
  return bundle;
}
