// NODE ONLY, plain JavaScript (CommonJS, as the rest of the start-up: see cache-folder.cjs), loaded
// by bin/oobkb.cjs before any TypeScript. The CLI's sources bundled by esbuild (as CommonJS too):
// for each everyday command (code, diagnose, explain, timeline, show) one file holding main.ts and
// that command's modules, so that a start-up loads one module instead of twenty to sixty (each one
// resolved, read, linked and run costs about half a millisecond). The other commands' modules and
// the knowledge base's compiler stay out, imported from the sources when they run (ts-cache.cjs
// serves them). A bundle is built when its command first runs and again after any of its sources
// changed (a memo of each source's size and time, and of node_modules/.package-lock.json for the
// packages bundled in); where esbuild cannot run, the CLI loads its sources one by one. Loading a
// bundle with V8's code cache (loadBundle) is here too: one more file would cost a start-up more
// than the lines it holds.
'use strict';

const {
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join, relative, resolve, sep } = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  asciiOnly,
  PACKAGE_ROOT,
  readCacheFile,
  stampHolds,
  stampOf,
  writableCacheFolder,
  writeAtomically,
  writeCacheFile,
} = require('./cache-folder.cjs');

/** Bumped when the memo's shape changes. (A change of this file rebuilds every bundle: it is among their sources.) */
const BUNDLE_FORMAT = 6;
/** The cache's sub-folder: a memo per bundle and a folder per build. */
const SUB = 'cli';
/** The commands with a bundle of their own; any other runs from the bundle of main.ts alone. */
const BUNDLED_COMMANDS = new Set(['code', 'diagnose', 'explain', 'timeline', 'show']);
/** The modules imported on demand (commands, the compiler, the stream for large inputs): a bundle keeps only its own command. */
const ON_DEMAND = /\/(?:compile-bundle|stream-inputs|[a-z]+-command)\.ts$/;
/**
 * The modules imported on demand that a command's bundle keeps all the same: diagnose streams
 * large logs, and loading the stream's modules from the sources cost ~25 ms of a 100 MB run (a
 * one-line run only parses them, lazily).
 */
const KEPT_ON_DEMAND = { diagnose: /\/stream-inputs\.ts$/ };
/** Builds older than this, other than the current one, are removed (a running CLI may still load from one). */
const STALE_MS = 10 * 60 * 1000;

/**
 * @typedef {object} BundleMemo
 * @property {number} format
 * @property {string} entry the source bundled, relative to the package
 * @property {string[]} files every source it was built from (absolute paths)
 * @property {(import('./cache-folder.cjs').Stamp | null)[]} stamps each source's stamp then (null: missing)
 * @property {string} dir the build's folder
 * @property {string} main the file the entry became
 */

/** The memo of a bundle, when its sources are all as they were. @param {string} name @param {string} entry */
function currentMemo(name, entry) {
  try {
    /** @type {BundleMemo | null} */
    const memo = JSON.parse(readCacheFile(SUB, `${name}.json`) ?? 'null');
    if (memo?.format !== BUNDLE_FORMAT || memo.entry !== entry) return undefined;
    return memo.files.every((file, i) => stampHolds(memo.stamps[i], file)) ? memo : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An esbuild plugin: each source's own `import.meta.url` and `__dirname` (cache-folder.cjs finds
 * the package's root with it) stay its own file's, not the bundle's.
 * @returns {import('esbuild').Plugin}
 */
const ownLocations = () => ({
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.(?:ts|mjs|cjs)$/ }, ({ path }) => {
      if (path.split(sep).includes('node_modules')) return undefined;
      const contents = readFileSync(path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('__dirname', JSON.stringify(dirname(path)));
      return { contents, loader: path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
});

/**
 * An esbuild plugin: main.ts's imports on demand, except those of `command`, stay imports of the
 * source files (esbuild would otherwise put every command in every bundle).
 * @param {string} command @returns {import('esbuild').Plugin}
 */
const othersFromSources = (command) => ({
  name: 'others-from-sources',
  setup(build) {
    build.onResolve({ filter: ON_DEMAND }, ({ path, resolveDir, kind }) =>
      kind === 'dynamic-import' &&
      !path.endsWith(`/${command}-command.ts`) &&
      !KEPT_ON_DEMAND[/** @type {keyof typeof KEPT_ON_DEMAND} */ (command)]?.test(path)
        ? { path: pathToFileURL(join(resolveDir, path)).href, external: true }
        : undefined,
    );
  },
});

/** Removes the builds of bundle `name` other than `keep` that are old enough not to be running. @param {string} root @param {string} name @param {string} keep */
function removeStale(root, name, keep) {
  for (const entry of readdirSync(root)) {
    const dir = join(root, entry);
    if (!entry.startsWith(`${name}-`) || dir === keep) continue;
    const stats = statSync(dir, { throwIfNoEntry: false });
    if (stats?.isDirectory() && Date.now() - stats.mtimeMs > STALE_MS)
      rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds bundle `name` of `entry` into a new folder of the cache; its memo, or undefined. @param {string} name @param {string} entry */
async function build(name, entry) {
  const root = writableCacheFolder(SUB);
  if (root === undefined) return undefined;
  /** @type {typeof import('esbuild')} */
  const esbuild = require('esbuild');
  const dir = join(root, `${name}-${Date.now().toString(36)}-${process.pid}`);
  const lock = join(PACKAGE_ROOT, 'node_modules', '.package-lock.json');
  const lockStamp = stampOf(lock);
  const result = await esbuild.build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: [entry],
    bundle: true,
    // CommonJS: bin/oobkb.cjs requires it, and no ES module loader starts (~5 ms of a start-up).
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    // Half the size, read and deserialized faster (~2 ms of a start-up); the CLI's messages never
    // show a stack, and the checks compare every command's output with the sources'.
    minify: true,
    plugins: [ownLocations(), othersFromSources(name)],
  });
  const output = Object.entries(result.metafile.outputs).find(
    ([, out]) =>
      out.entryPoint && resolve(PACKAGE_ROOT, out.entryPoint) === resolve(PACKAGE_ROOT, entry),
  )?.[0];
  if (output === undefined) return undefined;
  const main = resolve(PACKAGE_ROOT, output);
  // ASCII only, read as Latin-1 (~1.5 ms faster than UTF-8). esbuild leaves the characters of regex
  // literals and raw templates as they are; checks/unit/cli-bundle.test.ts keeps the sources' raw
  // templates ASCII, where an escape would change the text.
  writeFileSync(main, asciiOnly(readFileSync(main, 'utf8')));
  // Our sources by their own stamps, this file's too (it holds the build's options); the packages
  // bundled in by the lockfile npm writes on install.
  const sources = Object.keys(result.metafile.inputs)
    .filter((file) => !file.split('/').includes('node_modules'))
    .map((file) => resolve(PACKAGE_ROOT, file));
  sources.push(__filename);
  /** @type {BundleMemo} */
  const memo = {
    format: BUNDLE_FORMAT,
    entry,
    files: [...sources, lock],
    stamps: [...sources.map(stampOf), lockStamp],
    dir,
    main,
  };
  writeCacheFile(SUB, `${name}.json`, JSON.stringify(memo));
  removeStale(root, name, dir);
  return memo;
}

/** Says what happened when OOBKB_TRACE is set (the checks read it). @param {string} text */
function trace(text) {
  if (process.env['OOBKB_TRACE']) writeSync(2, `oobkb: ${text}\n`);
}

/**
 * The path of the bundle of `entry` (a source path relative to the package) for `command`,
 * built now when there is none or one of its sources changed; undefined when it cannot be built
 * (then the caller loads the sources themselves).
 * @param {string} entry @param {string | undefined} command @returns {Promise<string | undefined>}
 */
async function bundledEntry(entry, command) {
  const name = command !== undefined && BUNDLED_COMMANDS.has(command) ? command : 'main';
  const current = currentMemo(name, entry);
  if (current) return current.main;
  try {
    const built = await build(name, entry);
    if (!built) return undefined;
    trace(`CLI bundle "${name}" built in ${relative(PACKAGE_ROOT, built.dir) || built.dir}`);
    return built.main;
  } catch (error) {
    const reason = /** @type {Error} */ (error).message.split('\n')[0];
    trace(`CLI bundle "${name}" not built (${reason}): the sources load one by one`);
    return undefined;
  }
}

/**
 * A checksum of every sixteenth 32-bit word of a code cache (FNV-1a). V8 checks a cache's version,
 * flags and lengths but, in release builds, not its bytes, and damaged code could crash the
 * process; damage on a disk comes in sectors of 512 bytes or more, which this always samples, at
 * a sixteenth of the cost of reading every word (~0.15 ms instead of ~2 at a start).
 * @param {Uint8Array} bytes @returns {number}
 */
function sampledChecksum(bytes) {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < words.length; i += 16) hash = Math.imul(hash ^ words[i], 16777619);
  return Math.imul(hash ^ bytes.length, 16777619) >>> 0;
}

/** A code cache as kept on disk: its checksum (4 bytes), then the cache. @param {Buffer} data */
function withChecksum(data) {
  const file = Buffer.alloc(4 + data.length);
  data.copy(file, 4);
  file.writeUInt32LE(sampledChecksum(file.subarray(4)), 0);
  return file;
}

/** The cache a file holds when its checksum holds, else undefined. @param {Buffer} file */
function checkedCache(file) {
  if (file.length < 8 || file.byteOffset % 4 !== 0) return undefined;
  const data = file.subarray(4);
  return file.readUInt32LE(0) === sampledChecksum(data) ? data : undefined;
}

/**
 * @typedef {object} LoadedBundle
 * @property {any} exports what the bundle's module exports
 * @property {(answered: boolean) => void} afterRun to call once the command ran: the first run
 *   that answered (`answered`) keeps V8's code for the next ones
 */

/**
 * Loads a bundle as Node's require would (a CommonJS module), through V8's code cache kept beside
 * it. The cache is made after a run, so it holds the functions the command ran, compiled; Node's
 * own compile cache, made when a module loads, holds only its top level, and every run compiled
 * the rest again (~4 ms of a one-line diagnosis). V8 refuses a cache of another Node, other
 * flags or other source: it is then made again.
 * @param {string} file @returns {LoadedBundle}
 */
function loadBundle(file) {
  const vm = require('node:vm');
  const cacheFile = `${file}.v8-cache`;
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = checkedCache(readFileSync(cacheFile));
  } catch {
    // None yet: this run makes it.
  }
  // ASCII only (asciiOnly), so Latin-1 reads it as it is.
  const source = readFileSync(file, 'latin1');
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    afterRun(answered) {
      if (!stale || !answered) return;
      try {
        writeAtomically(cacheFile, withChecksum(script.createCachedData()));
        trace(`V8 code cache made for ${relative(PACKAGE_ROOT, file) || file}`);
      } catch {
        // A read-only cache: the next run compiles as this one did.
      }
    },
  };
}

module.exports = { bundledEntry, loadBundle };
