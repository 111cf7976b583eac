// NODE ONLY. Reads the CLI's inputs (files or standard input) as bytes and decodes them.
import { readFileSync, statSync } from 'node:fs';
import { decodeLogBytes, type DecodedText } from '../lib/diagnose/decode.ts';

/** Larger inputs are refused: they would not fit in one JavaScript string. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export interface Input { name: string; decoded: DecodedText }

/** A usage or input problem: the CLI prints its message on one line and exits 2. */
export class InputError extends Error {}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new InputError(`cannot read standard input: ${(error as Error).message}`);
  }
}

function readFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a log file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${Math.round(size / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Reads each path ("-" for standard input); throws InputError with a one-line reason. */
export function readInputs(paths: readonly string[]): Input[] {
  return paths.map((path) => {
    const bytes = path === '-' ? readStdin() : readFile(path);
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`standard input is over the limit of ${MAX_INPUT_BYTES / 1048576} MB`);
    const decoded = decodeLogBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    if (decoded.binary) throw new InputError(`${path === '-' ? 'standard input' : path} is not a text log (it looks like a binary file)`);
    return { name: path === '-' ? 'stdin' : path, decoded };
  });
}
