// NODE ONLY. Large inputs, streamed: each file is read in chunks straight into the engine's
// stream (stream-diagnose.ts, its readTarget), so memory does not grow with the inputs. Used by
// `oobkb diagnose` when shouldStreamInputs() says so (smaller inputs are read whole, every entry
// parsed); loaded only then.
import type { Stats } from 'node:fs';
import type { Diagnosis } from '../lib/diagnose/diagnose.ts';
import { StreamDiagnosis } from '../lib/diagnose/stream-diagnose.ts';
import type { StreamMatcher } from '../lib/diagnose/stream-matcher.ts';
import type { Collected } from './collect-inputs.ts';
import { trace } from './knowledge-cache.ts';
import { reasonOf, type Problem } from './problems.ts';
import type { Progress } from './progress.ts';
import type { InputSpan } from './report.ts';

// node:fs through getBuiltinModule: an ESM import of it builds a facade that loads fs streams (~8 ms of a start-up).
const { closeSync, fstatSync, openSync, readSync } = process.getBuiltinModule('node:fs');

const MB = 1024 * 1024;

/**
 * Turns off TurboFan's inlining while the stream runs, before its code gets hot, and returns what
 * turns it on again. A streamed log runs the parser's many small functions a few thousand times
 * each: inlined, their optimized code takes long to compile, on a thread that shares this
 * machine's two cores with the scan. Without it a 100 MB log took 616 ms instead of 712 (median of
 * 7), and 300 MB 1212 ms instead of 1298: the code is not slower once warm. The flag changes only
 * how code is compiled, never what it does. It is turned on again before the run ends because V8
 * stamps a code cache with its flags: a cache made (cli-bundle.cjs) while it was off was refused
 * by every later start, and made again by every streamed run.
 */
function lighterOptimizations(): () => void {
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--no-turbo-inlining');
  return () => v8.setFlagsFromString('--turbo-inlining');
}

export interface StreamedInputs {
  diagnosis: Diagnosis;
  spans: InputSpan[];
  problems: Problem[];
  skipped: { other: number; binary: number };
  bytes: number;
}

/** What a change between the first and the last look at a streamed file means (none: undefined). */
function changeOf(path: string, before: Stats, after: Stats): Problem | undefined {
  if (!before.isFile()) return undefined;
  // A live log that grows is read as it was when opened, as when files are read whole.
  if (after.size > before.size)
    return {
      path,
      message: `grew while it was read; diagnosed as it was when opened (${before.size} bytes)`,
      error: false,
    };
  // Cut or rewritten: what was read is already diagnosed, and may be half old, half new.
  if (after.size < before.size)
    return {
      path,
      message: 'changed while it was read (it got shorter); diagnosed as it was read',
      error: true,
    };
  if (after.mtimeMs !== before.mtimeMs)
    return {
      path,
      message: 'changed while it was read (rewritten); diagnosed as it was read',
      error: true,
    };
  return undefined;
}

/** For the checks only: runs after a file's first chunk is read. */
export interface StreamHooks {
  afterFirstRead?: (path: string) => void;
}

/** Streams one file into the session; a problem when it cannot be read or changed meanwhile. */
function streamFile(
  session: StreamDiagnosis,
  path: string,
  onBytes: (n: number) => void,
  hooks: StreamHooks,
): { binary: boolean; problem?: Problem; firstLine: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return {
      binary: false,
      firstLine: 0,
      problem: { path, message: `cannot read: ${reasonOf(error)}`, error: true },
    };
  }
  const stream = session.file(path);
  const { firstLine } = stream;
  try {
    const before = fstatSync(fd);
    // A regular file is read up to its size when opened; a pipe to its end.
    let left = before.isFile() ? before.size : Infinity;
    let first = true;
    // A binary file is known from its first bytes: the rest is not read. The bytes go straight
    // where the stream scans them (its readTarget), not through a buffer of their own.
    while (left > 0 && !stream.binary) {
      const target = stream.readTarget();
      const n = readSync(fd, target, 0, Math.min(target.length, left), null);
      if (n <= 0) break;
      stream.written(n);
      onBytes(n);
      left -= n;
      if (first) hooks.afterFirstRead?.(path);
      first = false;
    }
    stream.end();
    const problem = changeOf(path, before, fstatSync(fd));
    return { binary: stream.binary, firstLine, ...(problem ? { problem } : {}) };
  } catch (error) {
    stream.end();
    return {
      binary: stream.binary,
      firstLine,
      problem: { path, message: `cannot read: ${reasonOf(error)}`, error: true },
    };
  } finally {
    closeSync(fd);
  }
}

/** Diagnoses the collected files as streams. */
export function streamInputs(
  collected: Collected,
  streamMatcher: StreamMatcher,
  progress: Progress,
  hooks: StreamHooks = {},
): StreamedInputs {
  const restoreOptimizations = lighterOptimizations();
  try {
    return streamAll(collected, streamMatcher, progress, hooks);
  } finally {
    restoreOptimizations();
  }
}

function streamAll(
  collected: Collected,
  streamMatcher: StreamMatcher,
  progress: Progress,
  hooks: StreamHooks,
): StreamedInputs {
  const session = new StreamDiagnosis(streamMatcher);
  if (session.scanner.accelerated)
    trace(`scanner's tables ${session.scanner.fromImage ? 'from the cache' : 'made'}`);
  const problems = [...collected.problems];
  const spans: InputSpan[] = [];
  const skipped = { other: collected.skipped, binary: 0 };
  let bytes = 0;
  collected.sources.forEach((source, i) => {
    const onBytes = (n: number): void => {
      bytes += n;
      progress.update(
        `oobkb: ${i + 1}/${collected.sources.length} files, ${Math.round(bytes / MB)} MB…`,
      );
    };
    const read = streamFile(session, source.path, onBytes, hooks);
    if (read.problem) problems.push(read.problem);
    if (read.binary) {
      // As when read whole: a binary file in a folder is skipped; one named outright is an error.
      if (source.explicit)
        problems.push({
          path: source.path,
          message: 'not a text log (it looks like a binary file)',
          error: true,
        });
      else skipped.binary++;
      // A file that was opened was diagnosed (as far as it was read): its lines follow the others'.
    } else if (read.firstLine > 0) spans.push({ name: source.path, firstLine: read.firstLine });
  });
  return { diagnosis: session.finish(), spans, problems, skipped, bytes };
}
