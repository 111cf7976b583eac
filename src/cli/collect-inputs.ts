// NODE ONLY. Turns the paths on the command line into the log files to read: a file is read
// whatever its name, "-" is standard input, and a folder is walked recursively for the names
// ConfigMgr gives its logs and their rotated copies. Symbolic links are followed; a link that
// leads back into a folder being walked is reported once and not followed again.
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, type Problem } from './problems.ts';

// node:fs through getBuiltinModule: an ESM import of it builds a facade that loads fs streams (~8 ms of a start-up).
const { readdirSync, statSync } = process.getBuiltinModule('node:fs');

/** A log to read: a path, or standard input. */
export interface LogSource {
  /** What to open ("-" for standard input). */
  path: string;
  /** Named on the command line (read whatever its name) rather than found in a folder. */
  explicit: boolean;
  /** Its size when found (0 for standard input and pipes): whether the inputs are large enough to stream. */
  bytes: number;
}

export interface Collected {
  sources: LogSource[];
  problems: Problem[];
  /** Files under the folders that are not logs by name, or not regular files. */
  skipped: number;
}

// Matches a log's name in a folder: "amtopmgr.log", the rotated "amtopmgr.lo_", a history copy
// "amtopmgr-20091119-113501.log" (any case)
const RE_LOG_FILE = /\.lo[g_]$/i;

/** Whether a file found in a folder is read as a log. */
export const isLogName = (name: string): boolean => RE_LOG_FILE.test(name);

const idOf = (stats: Stats): string => `${stats.dev}:${stats.ino}`;

interface Walk extends Collected {
  /** Files and folders already taken (by device and inode), so a file reached twice is read once. */
  seen: Set<string>;
}

/** Stats a folder entry (following links); a problem when it cannot be. */
function statEntry(path: string, walk: Walk): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ELOOP'
        ? 'symbolic link loop, skipped'
        : code === 'ENOENT'
          ? 'broken symbolic link, skipped'
          : `cannot read: ${reasonOf(error)}`;
    walk.problems.push({ path, message, error: code !== 'ELOOP' && code !== 'ENOENT' });
    return undefined;
  }
}

/** Walks a folder; `ancestors` are the folders above it, to tell a loop from a second way in. */
function walkFolder(dir: string, ancestors: ReadonlyMap<string, string>, walk: Walk): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    walk.problems.push({
      path: dir,
      message: `cannot read the folder: ${reasonOf(error)}`,
      error: true,
    });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const stats = statEntry(path, walk);
    if (!stats) continue;
    const id = idOf(stats);
    if (stats.isDirectory()) {
      const loop = ancestors.get(id);
      if (loop !== undefined)
        walk.problems.push({
          path,
          message: `symbolic link loop (leads back to ${loop}), not followed`,
          error: false,
        });
      else if (!walk.seen.has(id)) {
        walk.seen.add(id);
        walkFolder(path, new Map(ancestors).set(id, path), walk);
      }
    } else if (stats.isFile() && isLogName(name)) {
      if (!walk.seen.has(id)) walk.sources.push({ path, explicit: false, bytes: stats.size });
      walk.seen.add(id);
    } else walk.skipped++;
  }
}

/** One path of the command line. */
function collectPath(path: string, walk: Walk): void {
  if (path === '-') {
    walk.sources.push({ path, explicit: true, bytes: 0 });
    return;
  }
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    walk.problems.push({ path, message: `cannot read: ${reasonOf(error)}`, error: true });
    return;
  }
  if (!stats.isDirectory()) {
    // A pipe such as <(zcat old.log.gz) has an inode too, but is never the same file twice.
    if (!stats.isFile() || !walk.seen.has(idOf(stats)))
      walk.sources.push({ path, explicit: true, bytes: stats.isFile() ? stats.size : 0 });
    walk.seen.add(idOf(stats));
    return;
  }
  const before = walk.sources.length;
  const skippedBefore = walk.skipped;
  walk.seen.add(idOf(stats));
  walkFolder(path, new Map([[idOf(stats), path]]), walk);
  if (walk.sources.length === before) {
    const others = walk.skipped - skippedBefore;
    walk.problems.push({
      path,
      message: `no .log or .lo_ files in this folder${others ? ` (${others} other ${others === 1 ? 'file' : 'files'} skipped)` : ''}`,
      error: false,
    });
  }
}

/** Expands files, folders and "-" into the logs to read, with what was skipped and why. */
export function collectInputs(paths: readonly string[]): Collected {
  const walk: Walk = { sources: [], problems: [], skipped: 0, seen: new Set() };
  for (const path of paths) collectPath(path, walk);
  return { sources: walk.sources, problems: walk.problems, skipped: walk.skipped };
}

/**
 * Files of at least this many bytes together are streamed by the CLI. The widget streams from
 * STREAM_FROM_BYTES (16 MB) because its table shows every entry; the CLI shows none, and a stream
 * answers the same (articles, evidence, codes) sooner from about 1 MB: 5 MB took 223 ms streamed
 * against 513 ms whole, 10 MB 248 against 873.
 */
export const CLI_STREAM_FROM_BYTES = 1024 * 1024;

/** Whether the inputs are streamed: files only (standard input is read whole), together at least CLI_STREAM_FROM_BYTES. */
export function shouldStreamInputs(collected: Collected): boolean {
  const { sources } = collected;
  const bytes = sources.reduce((sum, source) => sum + source.bytes, 0);
  return bytes >= CLI_STREAM_FROM_BYTES && !sources.some((source) => source.path === '-');
}
