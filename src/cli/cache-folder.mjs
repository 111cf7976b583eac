// NODE ONLY, plain JavaScript: the start-up code (ts-cache.mjs) uses it before any TypeScript loads.
// Where the CLI keeps its caches: $OOBKB_CACHE_DIR, else node_modules/.cache/oobkb/ in the package,
// else a folder of its own in the OS temporary folder. Only a folder the user owns is read.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folders a cache may live in, in order of preference. @returns {string[]} */
export function cacheFolders() {
  const given = process.env['OOBKB_CACHE_DIR'];
  if (given) return [given];
  return [join(PACKAGE_ROOT, 'node_modules', '.cache', 'oobkb'), join(tmpdir(), `oobkb-cache-${process.getuid?.() ?? 'user'}`)];
}

/** Whether a folder exists and belongs to this user (a shared temporary folder could hold anyone's files). @param {string} dir */
export function ownFolder(dir) {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() && (process.getuid === undefined || stats.uid === process.getuid());
  } catch {
    return false;
  }
}

/**
 * Writes a file atomically (a temporary name, then a rename) in the first cache folder that takes
 * it, under `sub` (e.g. "js"); returns its path, or undefined when no folder is writable.
 * @param {string} sub @param {string} name @param {string} text @returns {string | undefined}
 */
export function writeCacheFile(sub, name, text) {
  for (const root of cacheFolders()) {
    try {
      mkdirSync(join(root, sub), { recursive: true, mode: 0o700 });
      if (!ownFolder(root)) continue;
      const file = join(root, sub, name);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, file);
      return file;
    } catch {
      // A read-only install: try the next folder.
    }
  }
  return undefined;
}
