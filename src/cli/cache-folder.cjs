// NODE ONLY, plain JavaScript (CommonJS: loading it starts no ES module loader, ~5 ms of a
// start-up): the start-up code (bin/oobkb.cjs, cli-bundle.cjs, ts-cache.cjs) uses it before any TypeScript loads.
// Where the CLI keeps its caches: $OOBKB_CACHE_DIR, else node_modules/.cache/oobkb/ in the package,
// else a folder of its own in the OS temporary folder. Only a folder the user owns is read. Files
// are named by a hash of what they were made from (SHA-256); crypto loads only when one is needed.

'use strict';

const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** The package's root folder. */
const PACKAGE_ROOT = join(__dirname, '..', '..');

/** The folders a cache may live in, in order of preference, each made when asked for. @returns {(() => string)[]} */
function cacheFolders() {
  const given = process.env['OOBKB_CACHE_DIR'];
  if (given) return [() => given];
  return [
    () => join(PACKAGE_ROOT, 'node_modules', '.cache', 'oobkb'),
    // node:os loads (~0.5 ms) only when this folder is needed: the one before lacked a file.
    () => join(require('node:os').tmpdir(), `oobkb-cache-${process.getuid?.() ?? 'user'}`),
  ];
}

/** Whether a folder exists and belongs to this user (a shared temporary folder could hold anyone's files). @param {string} dir */
function ownFolder(dir) {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() && (process.getuid === undefined || stats.uid === process.getuid());
  } catch {
    return false;
  }
}

/** Whether this user owns each folder looked at (looked up once, again after a write). @type {Map<string, boolean>} */
const owned = new Map();

/** The cache folders this user owns, in order; each is looked at only when the ones before did not answer. */
function* readableFolders() {
  for (const folder of cacheFolders()) {
    const root = folder();
    let isOwned = owned.get(root);
    if (isOwned === undefined) owned.set(root, (isOwned = ownFolder(root)));
    if (isOwned) yield root;
  }
}

/**
 * What `read` gives for the first cache folder that holds the file, or undefined.
 * @template T @param {string} sub @param {string} name @param {(path: string) => T} read @returns {T | undefined}
 */
function readCached(sub, name, read) {
  for (const root of readableFolders()) {
    try {
      return read(join(root, sub, name));
    } catch {
      // Not cached there.
    }
  }
  return undefined;
}

/**
 * A cached file's text, or undefined; 'latin1' reads an ASCII-only file faster than 'utf8'.
 * @param {string} sub @param {string} name @param {'utf8' | 'latin1'} [encoding] @returns {string | undefined}
 */
const readCacheFile = (sub, name, encoding = 'utf8') =>
  readCached(sub, name, (path) => readFileSync(path, encoding));

/** A cached file's bytes, or undefined. @param {string} sub @param {string} name @returns {Buffer | undefined} */
const readCacheBytes = (sub, name) => readCached(sub, name, (path) => readFileSync(path));

/** Whether a cached file exists (without reading it). @param {string} sub @param {string} name */
function hasCacheFile(sub, name) {
  for (const root of readableFolders())
    if (statSync(join(root, sub, name), { throwIfNoEntry: false })) return true;
  return false;
}

/**
 * The path of `sub` in the first cache folder this user owns and can write (made when missing),
 * or undefined when there is none. @param {string} sub @returns {string | undefined}
 */
function writableCacheFolder(sub) {
  for (const folder of cacheFolders()) {
    const root = folder();
    try {
      mkdirSync(join(root, sub), { recursive: true, mode: 0o700 });
      owned.clear();
      if (ownFolder(root)) return join(root, sub);
    } catch {
      // A read-only install: try the next folder.
    }
  }
  return undefined;
}

/**
 * Writes a file under a temporary name, then renames it: a reader sees the whole file or none.
 * Throws when the folder cannot take it. @param {string} file @param {string | Uint8Array} data
 */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/**
 * Writes a file atomically (see writeAtomically) in the first cache folder that takes
 * it, under `sub` (e.g. "js"); returns its path, or undefined when no folder is writable.
 * @param {string} sub @param {string} name @param {string | Uint8Array} text @returns {string | undefined}
 */
function writeCacheFile(sub, name, text) {
  for (const folder of cacheFolders()) {
    const root = folder();
    try {
      mkdirSync(join(root, sub), { recursive: true, mode: 0o700 });
      if (!ownFolder(root)) continue;
      const file = join(root, sub, name);
      writeAtomically(file, text);
      owned.clear();
      return file;
    } catch {
      // A read-only install: try the next folder.
    }
  }
  return undefined;
}

// Matches a UTF-16 unit outside ASCII, e.g. "接"
const RE_NON_ASCII = /[^\0-\x7f]/g;

/**
 * Text with every unit beyond ASCII written as a \\u escape, for a cache file read back as
 * Latin-1 (a one-byte string: read, parsed and compiled faster than UTF-8). An escape stands for
 * the same character in JSON, and in JavaScript's strings, templates and regexes; not in a
 * String.raw template (see cli-bundle.cjs). @param {string} text
 */
const asciiOnly = (text) =>
  text.replace(RE_NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A new SHA-256 hash (node:crypto takes milliseconds to load, so only when a file must be hashed). */
const newHash = () =>
  /** @type {typeof import('node:crypto')} */ (require('node:crypto')).createHash('sha256');

/**
 * What a file's hash was last time, while its size and modification time are the same (as git's
 * index does): a start-up then needs one stat per file, not a read and a hash.
 * @typedef {{ size: number, mtimeMs: number, hash: string }} Known
 */

/** A file's size and modification time, as a memo checks them. @param {import('node:fs').Stats} stats */
const stamp = (stats) => ({ size: stats.size, mtimeMs: stats.mtimeMs });

/** Whether a memo entry still describes the file. @param {Stamp | undefined} known @param {import('node:fs').Stats} stats */
const unchanged = (known, stats) =>
  known !== undefined && known.size === stats.size && known.mtimeMs === stats.mtimeMs;

/** @typedef {{ size: number, mtimeMs: number }} Stamp */

/** A file's stamp now, or null when it is missing. @param {string} path @returns {Stamp | null} */
function stampOf(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? stamp(stats) : null;
}

/**
 * Whether a file is as a stamp taken earlier says (null: it was missing, and still is).
 * @param {Stamp | null | undefined} known @param {string} path
 */
function stampHolds(known, path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  return known === null ? stats === undefined : stats !== undefined && unchanged(known, stats);
}

module.exports = {
  PACKAGE_ROOT,
  asciiOnly,
  readCacheFile,
  readCacheBytes,
  hasCacheFile,
  writableCacheFolder,
  writeCacheFile,
  writeAtomically,
  newHash,
  stamp,
  stampOf,
  stampHolds,
  unchanged,
};
