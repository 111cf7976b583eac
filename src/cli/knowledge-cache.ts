// NODE ONLY. The knowledge base the CLI needs (the engine's index and the articles' texts),
// compiled from content/ once and cached in a file named by the hash of content/ and of the code
// that compiles it. A start-up reads that JSON file; YAML, zod and the compiler load only when
// content/ (or that code) changed. The cache folder is cache-folder.mjs's, under knowledge/.
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { SignatureIndex } from '../lib/diagnose/signature-index.ts';
import type { Lang } from '../schemas/languages.ts';
import type { AutomatonJson } from './automaton-json.ts';
import { newHash, PACKAGE_ROOT, readCacheFile, stamp, writeCacheFile } from './cache-folder.mjs';

// node:fs through getBuiltinModule: an ESM import of it builds a facade that loads fs streams (~8 ms of a start-up).
const { readdirSync, readFileSync, rmSync, statSync } = process.getBuiltinModule('node:fs');

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
  /** The index's compiled automaton (built once, with the index). */
  automaton: AutomatonJson;
  articles: BundleArticle[];
  logs: { id: string; name: string; path: string }[];
}

/** Bumped when the bundle's shape changes, so an old cache file is never read as a new one. */
const BUNDLE_FORMAT = 4;
/** The code whose output the bundle is: a change there recompiles too. */
const COMPILER_DIRS = ['src/lib/diagnose', 'src/lib/content', 'src/lib/authoring', 'src/schemas'];
const COMPILER_FILES = [
  'src/cli/knowledge-cache.ts',
  'src/cli/compile-bundle.ts',
  'src/cli/automaton-json.ts',
];
/** The cache's sub-folder for bundles. */
const SUB = 'knowledge';
/** The last key and what it was computed from (its list holds absolute paths, so another content folder never matches). */
const KEY_MEMO = 'key-memo.json';
const fileName = (key: string) => `knowledge-${key}.json`;

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

/** The files the bundle is made from: a name for the hash (where the file sits) and the path to read. */
function sourcesOf(contentDir: string): { name: string; path: string }[] {
  const content = filesUnder(contentDir, contentDir).map((f) => ({
    name: `content/${f}`,
    path: join(contentDir, f),
  }));
  const code = [
    ...COMPILER_DIRS.flatMap((d) => filesUnder(join(PACKAGE_ROOT, d), PACKAGE_ROOT)),
    ...COMPILER_FILES,
  ];
  return [...content, ...code.map((f) => ({ name: f, path: join(PACKAGE_ROOT, f) }))];
}

/** The memo of the last key: every source's size and time, and the hash they had. */
interface KeyMemo {
  files: string[];
  stamps: { size: number; mtimeMs: number }[];
  key: string;
}

/**
 * The SHA-256 of content/ (names and bytes) and of the compiling code. While every file keeps its
 * size and modification time the last key stands (a memo in the cache), so a start-up stats the
 * files instead of reading and hashing them.
 */
export function bundleKey(contentDir: string): string {
  const sources = sourcesOf(contentDir);
  const files = sources.map((f) => f.path);
  const stats = files.map((f) => statSync(f));
  const memo = parseMemo(readCacheFile(SUB, KEY_MEMO));
  const same =
    memo &&
    memo.files.join('\0') === files.join('\0') &&
    stats.every((s, i) => memo.stamps[i]?.size === s.size && memo.stamps[i]?.mtimeMs === s.mtimeMs);
  if (same) return memo.key;
  const hash = newHash().update(`oobkb bundle ${BUNDLE_FORMAT}\0`);
  for (const { name, path } of sources)
    hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  const key = hash.digest('hex').slice(0, 32);
  writeCacheFile(
    SUB,
    KEY_MEMO,
    JSON.stringify({ files, stamps: stats.map(stamp), key } satisfies KeyMemo),
  );
  return key;
}

function parseMemo(text: string | undefined): KeyMemo | undefined {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as KeyMemo);
  } catch {
    return undefined;
  }
}

function readCached(key: string): KnowledgeBundle | undefined {
  try {
    const bundle = JSON.parse(
      readCacheFile(SUB, fileName(key), 'latin1') ?? 'null',
    ) as KnowledgeBundle | null;
    return bundle?.key === key ? bundle : undefined;
  } catch {
    return undefined;
  }
}

// Matches a character outside ASCII, e.g. "接"
const RE_NON_ASCII = /[\u0080-\uffff]/g;

/** JSON with every character outside ASCII escaped (\u63a5): a one-byte string, read and parsed faster at start-up. */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    RE_NON_ASCII,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Writes the bundle in the cache and removes the bundles of older content beside it. */
function writeCached(bundle: KnowledgeBundle): string | undefined {
  const file = writeCacheFile(SUB, fileName(bundle.key), asciiJson(bundle));
  if (file === undefined) return undefined;
  const dir = join(file, '..');
  for (const old of readdirSync(dir))
    if (old.startsWith('knowledge-') && old !== fileName(bundle.key))
      rmSync(join(dir, old), { force: true });
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
    trace(
      `knowledge base from the cache, ${fileName(key)} (${Math.round(performance.now() - start)} ms)`,
    );
    return cached;
  }
  // Loaded on demand (and synchronously, so every command stays a plain function).
  const { compileBundle } = createRequire(import.meta.url)(
    './compile-bundle.ts',
  ) as typeof import('./compile-bundle.ts');
  const bundle = compileBundle(contentDir, key);
  const file = writeCached(bundle);
  trace(
    `knowledge base compiled from ${contentDir} (${Math.round(performance.now() - start)} ms), ${file ? `cached in ${file}` : 'not cached (no writable cache folder)'}`,
  );
  return bundle;
}
