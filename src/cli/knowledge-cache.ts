// NODE ONLY. The knowledge base the CLI needs (the engine's index and the articles' texts),
// compiled from content/ once and cached in a file named by the hash of content/ and of the code
// that compiles it. A start-up reads that JSON file; YAML, zod and the compiler load only when
// content/ (or that code) changed. The cache folder is cache-folder.cjs's, under knowledge/.
import { join, relative } from 'node:path';
import type { SignatureIndex } from '../lib/diagnose/signature-index.ts';
import type { Lang } from '../schemas/languages.ts';
import type { Automaton } from '../lib/diagnose/aho-corasick.ts';
import type { ByteAutomaton } from '../lib/diagnose/byte-automaton.ts';
import { automatonFromBytes, automatonToBytes } from './automaton-bytes.ts';
import { writeErr } from './output.ts';
import {
  asciiOnly,
  hasCacheFile,
  newHash,
  readCacheBytes,
  PACKAGE_ROOT,
  readCacheFile,
  stamp,
  stampHolds,
  writeCacheFile,
} from './cache-folder.cjs';

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

/** The articles' texts and the catalogue of logs, as `oobkb show` prints them. */
export interface BundleTexts {
  articles: BundleArticle[];
  logs: { id: string; name: string; path: string }[];
}

/** What the CLI reads of the knowledge base, in parts cached a file each: a command reads only those it uses. */
export interface KnowledgeParts {
  index: SignatureIndex;
  /** The index's compiled automaton (built once, with the index). */
  automaton: Automaton;
  /** The byte automaton a streamed log is scanned with (stream-matcher.ts), ~10 ms to build. */
  streamAutomaton: ByteAutomaton;
  /** Its scanner's start (ByteScanner.image), ~10 ms to make; empty where WebAssembly cannot run. */
  scannerImage: Uint8Array;
  texts: BundleTexts;
}

export type KnowledgePart = keyof KnowledgeParts;

/** Every part, and the hash it was compiled for. */
export interface KnowledgeBundle extends KnowledgeParts {
  key: string;
}

/** Bumped when the bundle's shape changes, so an old cache file is never read as a new one. */
const BUNDLE_FORMAT = 9;
/** The code whose output the bundle is: a change there recompiles too. */
const COMPILER_DIRS = ['src/lib/diagnose', 'src/lib/content', 'src/lib/authoring', 'src/schemas'];
const COMPILER_FILES = [
  'src/cli/knowledge-cache.ts',
  'src/cli/compile-bundle.ts',
  'src/cli/automaton-bytes.ts',
];
/** The cache's sub-folder for bundles. */
const SUB = 'knowledge';
/** The last key and what it was computed from (its list holds absolute paths, so another content folder never matches). */
const KEY_MEMO = 'key-memo.json';
/**
 * A cached bundle's files: its parts, with the index's descriptions apart (a third of the index,
 * read only to rank a described problem: see withLazyDescriptions).
 */
type CacheFile = KnowledgePart | 'descriptions';
interface CacheFileValues extends KnowledgeParts {
  descriptions: SignatureIndex['descriptions'];
}
const CACHE_FILES: readonly CacheFile[] = [
  'index',
  'descriptions',
  'automaton',
  'streamAutomaton',
  'scannerImage',
  'texts',
];
/** The automata (automaton-bytes.ts) and the scanner's image are binary, the others JSON. */
type BinaryFile = 'automaton' | 'streamAutomaton' | 'scannerImage';
const isBinary = (file: CacheFile): file is BinaryFile =>
  file === 'automaton' || file === 'streamAutomaton' || file === 'scannerImage';

/** A binary part's file: an automaton as automaton-bytes.ts lays it out, the image as it is. */
const binaryOf = (file: BinaryFile, values: CacheFileValues): Uint8Array =>
  file === 'scannerImage' ? values.scannerImage : automatonToBytes(values[file]);
const fileName = (key: string, file: CacheFile) =>
  `knowledge-${key}.${file}.${isBinary(file) ? 'bin' : 'json'}`;

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
  const fileHolds = (path: string, i: number) => stampHolds(memo.stamps[i], path);
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

/** What a cache file holds: the key it was compiled for, and its value. */
interface CacheFileText<F extends CacheFile> {
  key: string;
  value: CacheFileValues[F];
}

function readFile<F extends CacheFile>(key: string, file: F): CacheFileValues[F] | undefined {
  if (isBinary(file)) {
    const bytes = readCacheBytes(SUB, fileName(key, file));
    // The image as it is: ByteScanner checks its own header and sizes.
    if (file === 'scannerImage') return bytes as CacheFileValues[F] | undefined;
    return bytes && (automatonFromBytes(bytes) as CacheFileValues[F] | undefined);
  }
  try {
    const text = JSON.parse(
      readCacheFile(SUB, fileName(key, file), 'latin1') ?? 'null',
    ) as CacheFileText<F> | null;
    return text?.key === key ? text.value : undefined;
  } catch {
    return undefined;
  }
}

/** The cached index, whose descriptions are read from their own file when first used. */
function withLazyDescriptions(key: string, index: SignatureIndex): SignatureIndex {
  let descriptions: SignatureIndex['descriptions'] | undefined;
  return Object.defineProperty(index, 'descriptions', {
    enumerable: true,
    get() {
      descriptions ??= readFile(key, 'descriptions');
      if (!descriptions)
        throw new Error(`the knowledge cache changed while oobkb ran: run the command again`);
      return descriptions;
    },
  });
}

/** The parts asked for, from the cache; undefined when a file is missing (then all are compiled again). */
function readParts<P extends KnowledgePart>(
  key: string,
  parts: readonly P[],
): Pick<KnowledgeParts, P> | undefined {
  const read: Partial<KnowledgeParts> = {};
  for (const part of parts) {
    const value = readFile(key, part);
    if (value === undefined) return undefined;
    if (part === 'index' && !hasCacheFile(SUB, fileName(key, 'descriptions'))) return undefined;
    Object.assign(read, {
      [part]: part === 'index' ? withLazyDescriptions(key, value as SignatureIndex) : value,
    });
  }
  return read as Pick<KnowledgeParts, P>;
}

/** What each cache file holds of a bundle: the index without its descriptions, which are a file of their own. */
function fileValues(bundle: KnowledgeBundle): CacheFileValues {
  const { descriptions, ...index } = bundle.index;
  return {
    index: index as SignatureIndex,
    descriptions,
    automaton: bundle.automaton,
    streamAutomaton: bundle.streamAutomaton,
    scannerImage: bundle.scannerImage,
    texts: bundle.texts,
  };
}

/** JSON with every character outside ASCII escaped (\u63a5): a one-byte string, read and parsed faster at start-up. */
const asciiJson = (value: unknown): string => asciiOnly(JSON.stringify(value));

/** Writes the bundle's parts in the cache and removes the bundles of older content beside them. */
function writeCached(bundle: KnowledgeBundle): string | undefined {
  const { key } = bundle;
  const values = fileValues(bundle);
  let file: string | undefined;
  for (const name of CACHE_FILES) {
    const data = isBinary(name) ? binaryOf(name, values) : asciiJson({ key, value: values[name] });
    file = writeCacheFile(SUB, fileName(key, name), data);
    if (file === undefined) return undefined;
  }
  const dir = join(file!, '..');
  for (const old of readdirSync(dir))
    if (old.startsWith('knowledge-') && !old.startsWith(`knowledge-${key}.`))
      rmSync(join(dir, old), { force: true });
  return join(dir, `knowledge-${key}.*`);
}

const TRACING = Boolean(process.env['OOBKB_TRACE']);
/** Milliseconds for the trace: the global \`performance\` loads perf_hooks and worker_threads on first use (~3 ms). */
const clock = (): number => (TRACING ? performance.now() : 0);

/** Compiles content/ (YAML, the schemas and the compiler load only then). */
async function compileBundle(contentDir: string, key: string): Promise<KnowledgeBundle> {
  return (await import('./compile-bundle.ts')).compileBundle(contentDir, key);
}

/** Says where the knowledge base came from when OOBKB_TRACE is set (the checks read it). */
export function trace(text: string): void {
  if (TRACING) writeErr(`oobkb: ${text}\n`);
}

/**
 * The parts of the knowledge base of `contentDir` that a command uses, from the cache when
 * content/ has not changed since it was compiled.
 */
export async function loadKnowledge<P extends KnowledgePart>(
  contentDir: string,
  parts: readonly P[],
): Promise<Pick<KnowledgeParts, P>> {
  const start = clock();
  const key = bundleKey(contentDir);
  const cached = readParts(key, parts);
  if (cached) {
    trace(
      `knowledge base from the cache, knowledge-${key} (${parts.join(', ')}; ${Math.round(clock() - start)} ms)`,
    );
    return cached;
  }
  const bundle = await compileBundle(contentDir, key);
  const file = writeCached(bundle);
  trace(
    `knowledge base compiled from ${contentDir} (${Math.round(clock() - start)} ms), ${file ? `cached in ${file}` : 'not cached (no writable cache folder)'}`,
  );
  return bundle;
}
