// NODE ONLY. Reads the CLI's inputs (files, folders or standard input) as bytes and decodes them.
// Each input that cannot be used becomes a one-line problem; the others are still read.
import { decodeLogBytes, type DecodedText } from '../lib/diagnose/decode.ts';
import type { Collected } from './collect-inputs.ts';
import type { Problem } from './problems.ts';
import { Progress } from './progress.ts';
import { MAX_INPUT_BYTES, readLogFile, readStdin, type ReadOutcome } from './read-file.ts';

export interface Input {
  /** The path as given or found ("stdin" for standard input). */
  name: string;
  decoded: DecodedText;
}

export interface ReadInputs {
  inputs: Input[];
  problems: Problem[];
  /** Files in the folders that are not logs by name (or not regular files), and binary files found there. */
  skipped: { other: number; binary: number };
  /** Bytes read in all. */
  bytes: number;
}

const MB = 1024 * 1024;

/** Reads every path ("-" for standard input, a folder recursively); never throws on a bad input. */
export function readInputs(collected: Collected, progress = new Progress()): ReadInputs {
  const { sources, skipped } = collected;
  const problems = [...collected.problems];
  const result: ReadInputs = {
    inputs: [],
    problems,
    skipped: { other: skipped, binary: 0 },
    bytes: 0,
  };
  sources.forEach((source, i) => {
    const name = source.path === '-' ? 'stdin' : source.path;
    progress.update(
      `oobkb: reading ${i + 1}/${sources.length} files, ${Math.round(result.bytes / MB)} MB…`,
    );
    const read: ReadOutcome = source.path === '-' ? readStdin() : readLogFile(source.path);
    if ('error' in read)
      return void problems.push({ path: name, message: read.error, error: true });
    if (read.note) problems.push({ path: name, message: read.note, error: false });
    if (result.bytes + read.bytes.length > MAX_INPUT_BYTES) {
      return void problems.push({
        path: name,
        message: `not read: the inputs pass ${MAX_INPUT_BYTES / MB} MB together`,
        error: true,
      });
    }
    const decoded = decodeLogBytes(read.bytes);
    if (decoded.binary) {
      // A binary file in a folder is skipped like any other non-log file; one named outright is an error.
      if (source.explicit)
        problems.push({
          path: name,
          message: 'not a text log (it looks like a binary file)',
          error: true,
        });
      else result.skipped.binary++;
      return;
    }
    result.bytes += read.bytes.length;
    result.inputs.push({ name, decoded });
  });
  return result;
}

/** "nothing to diagnose", with what was skipped when that is why, e.g. "(2 binary files skipped)". */
export function nothingToRead(what: string, skipped: ReadInputs['skipped']): string {
  const parts = [
    skipped.binary ? `${skipped.binary} binary ${skipped.binary === 1 ? 'file' : 'files'}` : '',
    skipped.other ? `${skipped.other} other ${skipped.other === 1 ? 'file' : 'files'}` : '',
  ].filter(Boolean);
  return parts.length ? `${what} (${parts.join(' and ')} skipped)` : what;
}
