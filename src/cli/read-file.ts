// NODE ONLY. Reads one log's bytes and notices when the file changes while it is read. A live
// log that grows is read as it was when opened (appended bytes leave that prefix intact); a file
// that shrinks or is rewritten in place may be half old, half new, so it is not diagnosed.
import type { Stats } from 'node:fs';
import { reasonOf } from './problems.ts';

// node:fs through getBuiltinModule: an ESM import of it builds a facade that loads fs streams (~8 ms of a start-up).
const { closeSync, fstatSync, openSync, readFileSync, readSync } =
  process.getBuiltinModule('node:fs');

/** Larger files are refused: they would not fit in one JavaScript string. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type ReadOutcome =
  /** The bytes, and a note when the file grew while it was read. */
  | { bytes: Uint8Array; note?: string }
  /** Why nothing was read. */
  | { error: string };

/** For the checks only: runs between reading the bytes and the second look at the file. */
export interface ReadHooks {
  afterRead?: () => void;
}

const MB = 1024 * 1024;

/** Reads a regular file's `size` bytes (fewer when it was cut meanwhile). */
function readExactly(fd: number, size: number): Uint8Array {
  const buffer = new Uint8Array(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buffer : buffer.subarray(0, got);
}

/** What a change between two looks at a file means, or undefined when there was none. */
function change(before: Stats, after: Stats, got: number): ReadOutcome | undefined {
  if (got < before.size || after.size < before.size)
    return { error: 'changed while it was read (it got shorter), skipped' };
  if (after.size > before.size)
    return {
      bytes: new Uint8Array(),
      note: `grew while it was read; diagnosed as it was when opened (${before.size} bytes)`,
    };
  if (after.mtimeMs !== before.mtimeMs)
    return { error: 'changed while it was read (rewritten), skipped' };
  return undefined;
}

/** Reads a file named on the command line or found in a folder; never throws. */
export function readLogFile(path: string, hooks: ReadHooks = {}): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { error: `cannot read: ${reasonOf(error)}` };
  }
  try {
    const before = fstatSync(fd);
    // A pipe or a device (oobkb diagnose <(zcat x.gz)) has no size to check: read to its end.
    if (!before.isFile()) return { bytes: readFileSync(fd) };
    if (before.size > MAX_INPUT_BYTES)
      return {
        error: `${Math.round(before.size / MB)} MB, over the limit of ${MAX_INPUT_BYTES / MB} MB`,
      };
    const bytes = readExactly(fd, before.size);
    hooks.afterRead?.();
    const changed = change(before, fstatSync(fd), bytes.length);
    if (changed && 'error' in changed) return changed;
    return changed?.note ? { bytes, note: changed.note } : { bytes };
  } catch (error) {
    return { error: `cannot read: ${reasonOf(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input to its end; never throws. */
export function readStdin(): ReadOutcome {
  try {
    const bytes = readFileSync(0);
    if (bytes.length > MAX_INPUT_BYTES)
      return { error: `over the limit of ${MAX_INPUT_BYTES / MB} MB` };
    return { bytes };
  } catch (error) {
    return { error: `cannot read: ${reasonOf(error)}` };
  }
}
