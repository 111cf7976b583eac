// NODE ONLY. The knowledge base the CLI needs (the engine's index and the articles' texts),
// compiled from content/ once and cached in a file named by the hash of content/ and of the code
// that compiles it. A start-up reads that JSON file; YAML, zod and the compiler load only when
// content/ (or that code) changed. The cache folder is cache-folder.mjs's, under knowledge/.
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { SignatureIndex } from '../lib/diagnose/signature-index.ts';
import type { Lang } from '../schemas/languages.ts';
import type { AutomatonJson } from './automaton-json.ts';
import { writeErr } from './output.ts';
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
const BUNDLE_FORMAT = 5;
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
/** The bundle's parts, a file each, so that a command reads only what it uses. */
const PARTS = ['index', 'automaton', 'texts'] as const;
type Part = (typeof PARTS)[number];
interface PartValues {
  index: SignatureIndex;
  automaton: AutomatonJson;
  texts: Pick<KnowledgeBundle, 'articles' | 'logs'>;
}
type PartValue<P extends Part> = PartValues[P];
const partName = (key: string, part: Part) => `knowledge-${key}.${part}.json`;

/** A folder walked and its time, taken before its entries were read. */
interface WalkedDir {
  path: string;
  mtimeMs: number;
}

/** Every file under `dir`, as paths relative to `base`, sorted; `dirs` collects the folders walked. */
function filesUnder(dir: string, base: string, dirs: WalkedDir[]): string[] {
  dirs.push({ path: dir, mtimeMs: statSync(dir).mtimeMs });
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, base, dirs));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** The files the bundle is made from (a name for the hash, where the file sits, and the path to read) and the folders that hold them. */
function sourcesOf(contentDir: string): {
  sources: { name: string; path: string }[];
  dirs: WalkedDir[];
} {
  const dirs: WalkedDir[] = [];
  const content = filesUnder(contentDir, contentDir, dirs).map((f) => ({
    name: `content/${f}`,
    path: join(contentDir, f),
  }));
  const code = [
    ...COMPILER_DIRS.flatMap((d) => filesUnder(join(PACKAGE_ROOT, d), PACKAGE_ROOT, dirs)),
    ...COMPILER_FILES,
  ];
  const sources = [...content, ...code.map((f) => ({ name: f, path: join(PACKAGE_ROOT, f) }))];
  return { sources, dirs };
}

/** The memo of the last key: every source's size and time, every folder's time, and the hash they gave. */
interface KeyMemo {
  contentDir: string;
  files: string[];
  stamps: { size: number; mtimeMs: number }[];
  dirs: string[];
  dirTimes: number[];
  key: string;
}

/**
 * Whether nothing the memo was made from changed: each file keeps its size and time, and each
 * folder its time (a file added, removed or renamed in a folder changes the folder's time). Then
 * a start-up stats ~130 paths instead of walking the folders (~12 ms of a cold start).
 */
function memoHolds(memo: KeyMemo, contentDir: string): boolean {
  if (memo.contentDir !== contentDir) return false;
  const fileHolds = (path: string, i: number) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.size === memo.stamps[i]?.size && stats?.mtimeMs === memo.stamps[i]?.mtimeMs;
  };
  const dirHolds = (path: string, i: number) =>
    statSync(path, { throwIfNoEntry: false })?.mtimeMs === memo.dirTimes[i];
  return memo.dirs.every(dirHolds) && memo.files.every(fileHolds);
}

/**
 * The SHA-256 of content/ (names and bytes) and of the compiling code. While the memo in the
 * cache holds (memoHolds) its key stands, so a start-up neither reads nor hashes the files.
 */
export function bundleKey(contentDir: string): string {
  const memo = parseMemo(readCacheFile(SUB, KEY_MEMO));
  if (memo && memoHolds(memo, contentDir)) return memo.key;
  const { sources, dirs } = sourcesOf(contentDir);
  const files = sources.map((f) => f.path);
  const stats = files.map((f) => statSync(f));
  const hash = newHash().update(`oobkb bundle ${BUNDLE_FORMAT}\0`);
  for (const { name, path } of sources)
    hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  const key = hash.digest('hex').slice(0, 32);
  writeCacheFile(
    SUB,
    KEY_MEMO,
    JSON.stringify({
      contentDir,
      files,
      stamps: stats.map(stamp),
      dirs: dirs.map((d) => d.path),
      dirTimes: dirs.map((d) => d.mtimeMs),
      key,
    } satisfies KeyMemo),
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

/** What a part file holds: the key it was compiled for, and the part. */
interface PartFile<T> {
  key: string;
  value: T;
}

function readPart<P extends Part>(key: string, part: P): PartValue<P> | undefined {
  try {
    const file = JSON.parse(
      readCacheFile(SUB, partName(key, part), 'latin1') ?? 'null',
    ) as PartFile<PartValue<P>> | null;
    return file?.key === key ? file.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cached bundle of `key`: its index read now, the other parts when first used (`oobkb code`
 * reads the index alone, diagnose no article texts). A part missing from the cache (removed by
 * hand) is compiled again.
 */
function cachedBundle(key: string, index: SignatureIndex, compile: () => KnowledgeBundle) {
  let automaton: AutomatonJson | undefined;
  let texts: PartValue<'texts'> | undefined;
  const textsPart = () => (texts ??= readPart(key, 'texts') ?? compile());
  return {
    key,
    index,
    get automaton() {
      return (automaton ??= readPart(key, 'automaton') ?? compile().automaton);
    },
    get articles() {
      return textsPart().articles;
    },
    get logs() {
      return textsPart().logs;
    },
  } satisfies KnowledgeBundle;
}

// Matches a character outside ASCII, e.g. "接"
const RE_NON_ASCII = /[\u0080-\uffff]/g;

/** JSON with every character outside ASCII escaped (\u63a5): a one-byte string, read and parsed faster at start-up. */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    RE_NON_ASCII,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Writes the bundle's parts in the cache and removes the bundles of older content beside them. */
function writeCached(bundle: KnowledgeBundle): string | undefined {
  const { key } = bundle;
  const values: { [P in Part]: PartValue<P> } = {
    index: bundle.index,
    automaton: bundle.automaton,
    texts: { articles: bundle.articles, logs: bundle.logs },
  };
  let file: string | undefined;
  for (const part of PARTS) {
    file = writeCacheFile(SUB, partName(key, part), asciiJson({ key, value: values[part] }));
    if (file === undefined) return undefined;
  }
  const dir = join(file!, '..');
  for (const old of readdirSync(dir))
    if (old.startsWith('knowledge-') && !old.startsWith(`knowledge-${key}.`))
      rmSync(join(dir, old), { force: true });
  return join(dir, `knowledge-${key}.*.json`);
}

const TRACING = Boolean(process.env['OOBKB_TRACE']);
/** Milliseconds for the trace: the global \`performance\` loads perf_hooks and worker_threads on first use (~3 ms). */
const clock = (): number => (TRACING ? performance.now() : 0);

/** Compiles content/ (its modules loaded on demand, synchronously, so every command stays a plain function). */
function compileBundle(contentDir: string, key: string): KnowledgeBundle {
  const compiler = createRequire(import.meta.url)(
    './compile-bundle.ts',
  ) as typeof import('./compile-bundle.ts');
  return compiler.compileBundle(contentDir, key);
}

/** Says where the knowledge base came from when OOBKB_TRACE is set (the checks read it). */
function trace(text: string): void {
  if (TRACING) writeErr(`oobkb: ${text}\n`);
}

/** The knowledge base of `contentDir`, from the cache when content/ has not changed since it was compiled. */
export function loadKnowledge(contentDir: string): KnowledgeBundle {
  const start = clock();
  const key = bundleKey(contentDir);
  let compiled: KnowledgeBundle | undefined;
  const compile = () => (compiled ??= compileBundle(contentDir, key));
  const index = readPart(key, 'index');
  if (index) {
    trace(
      `knowledge base from the cache, ${partName(key, 'index')} (${Math.round(clock() - start)} ms)`,
    );
    return cachedBundle(key, index, compile);
  }
  const bundle = compile();
  const file = writeCached(bundle);
  trace(
    `knowledge base compiled from ${contentDir} (${Math.round(clock() - start)} ms), ${file ? `cached in ${file}` : 'not cached (no writable cache folder)'}`,
  );
  return bundle;
}
