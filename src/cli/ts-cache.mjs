// NODE ONLY, plain JavaScript, loaded by bin/oobkb.mjs before any TypeScript. Node 22 runs the
// sources directly, but its type stripper costs a few hundred milliseconds to start in every
// process, more than the CLI's whole work on a one-line log. This load hook keeps each source file
// of the package stripped of its types in the cache (named by the hash of its text and Node's
// version), so a start-up reads plain JavaScript and the stripper only starts after a file changed.
// Stripping replaces types with spaces, so line and column numbers (and stack traces) stay true.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheFolders, ownFolder, PACKAGE_ROOT, writeCacheFile } from './cache-folder.mjs';

const SOURCES = pathToFileURL(join(PACKAGE_ROOT, 'src/')).href;
const SUB = `js-${process.version}`;

/** A cached stripped copy, or undefined. @param {string} name */
function readCached(name) {
  for (const root of cacheFolders()) {
    try {
      if (ownFolder(root)) return readFileSync(join(root, SUB, name), 'utf8');
    } catch {
      // Not cached there.
    }
  }
  return undefined;
}

/** Node's own type stripping, without its "experimental" warning; undefined when unavailable. @param {string} source */
function strip(source) {
  const emitWarning = process.emitWarning;
  try {
    process.emitWarning = () => {};
    return module.stripTypeScriptTypes?.(source);
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Serves the package's .ts files from the cache of stripped copies (Node strips any file it cannot). */
export function useStrippedCache() {
  if (typeof module.registerHooks !== 'function') return;
  module.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(SOURCES) || !url.endsWith('.ts')) return nextLoad(url, context);
      const source = readFileSync(new URL(url), 'utf8');
      const name = `${createHash('sha256').update(source).digest('hex').slice(0, 32)}.js`;
      let js = readCached(name);
      if (js === undefined) {
        js = strip(source);
        if (js === undefined) return nextLoad(url, context);
        writeCacheFile(SUB, name, js);
      }
      return { format: 'module', source: js, shortCircuit: true };
    },
  });
}
