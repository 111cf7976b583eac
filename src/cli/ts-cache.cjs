// NODE ONLY, plain JavaScript (CommonJS, as the rest of the start-up: see cache-folder.cjs), loaded
// by bin/oobkb.cjs before any TypeScript. Node 22 runs the
// sources directly, but its type stripper costs a few hundred milliseconds to start in every
// process, more than the CLI's whole work on a one-line log. This load hook keeps each source file
// of the package stripped of its types in the cache (named by the SHA-256 of its text, under
// Node's version), so a start-up reads plain JavaScript and the stripper only starts after a file
// changed. A memo of each file's size and time stands for its hash while they stay the same.
// Stripping replaces types with spaces, so line and column numbers (and stack traces) stay true.
'use strict';

const { readFileSync, statSync } = require('node:fs');
const nodeModule = require('node:module');
const { join } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const {
  newHash,
  PACKAGE_ROOT,
  readCacheFile,
  stamp,
  unchanged,
  writeCacheFile,
} = require('./cache-folder.cjs');

const SOURCES = pathToFileURL(join(PACKAGE_ROOT, 'src/')).href;
const SUB = `js-${process.version}`;
const MEMO = 'memo.json';
// Matches a relative import of a TypeScript file, e.g. "./entry.ts", "../lib/routes.ts"
const RE_RELATIVE_TS = /^\.\.?\/[^?#]*\.ts$/;

/** Source path → its size, time and hash when last stripped. @type {Record<string, import('./cache-folder.cjs').Known> | undefined} */
let memo;

function readMemo() {
  try {
    return JSON.parse(readCacheFile(SUB, MEMO) ?? '{}');
  } catch {
    return {};
  }
}

/** Node's own type stripping, without its "experimental" warning; undefined when unavailable. @param {string} source */
function strip(source) {
  const emitWarning = process.emitWarning;
  try {
    process.emitWarning = () => {};
    return nodeModule.stripTypeScriptTypes?.(source);
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** The stripped text of a source file, from the cache or stripped now (and cached); undefined to let Node strip it. @param {string} path */
function stripped(path) {
  memo ??= readMemo();
  const stats = statSync(path);
  const known = memo[path];
  if (unchanged(known, stats)) {
    const js = readCacheFile(SUB, `${known.hash}.js`);
    if (js !== undefined) return js;
  }
  const source = readFileSync(path, 'utf8');
  const hash = newHash().update(source).digest('hex').slice(0, 32);
  let js = readCacheFile(SUB, `${hash}.js`);
  if (js === undefined) {
    js = strip(source);
    if (js === undefined) return undefined;
    writeCacheFile(SUB, `${hash}.js`, js);
  }
  memo[path] = { ...stamp(stats), hash };
  writeCacheFile(SUB, MEMO, JSON.stringify(memo));
  return js;
}

/** Whether the hooks are registered (once per process). */
let registered = false;

/**
 * Serves the package's .ts files from the cache of stripped copies (Node strips any file it cannot).
 * Called before anything imports a source: by bin/oobkb.cjs, and in a bundle before each import
 * on demand (cheap: the hooks are registered once).
 */
function useStrippedCache() {
  if (registered || typeof nodeModule.registerHooks !== 'function') return;
  registered = true;
  nodeModule.registerHooks({
    // A relative import of a .ts file between the package's sources resolves to that file: Node's
    // own resolution would stat it, resolve links and look up its package.json scope, every time.
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (parent?.startsWith(SOURCES) && RE_RELATIVE_TS.test(specifier)) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (!url.startsWith(SOURCES) || !url.endsWith('.ts')) return nextLoad(url, context);
      const js = stripped(fileURLToPath(url));
      return js === undefined
        ? nextLoad(url, context)
        : { format: 'module', source: js, shortCircuit: true };
    },
  });
}

module.exports = { useStrippedCache };
