// NODE ONLY. What went wrong with one input, said on one line; the rest is still diagnosed.

/** One input the CLI could not use, or used with a reservation. */
export interface Problem {
  /** The path as the user gave it or as found under a folder. */
  path: string;
  /** One line, without the path. */
  message: string;
  /** An error leaves evidence unread, so the exit code is 2; a note (a skipped link loop, a growing live log) does not. */
  error: boolean;
}

/** A usage or input problem that stops the command: one line on stderr, exit 2. */
export class InputError extends Error {}

/**
 * Content that does not validate (a half-written article, say): every problem on its own line
 * ("file: field: message") on stderr, exit 2. Told by its name, since a command's modules may load
 * through require() and hold another copy of this class.
 */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Node's error codes in words, e.g. EACCES → "permission denied". */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EMFILE: 'too many open files',
};

/** A file system error as a few words: the reason for a known code, else Node's first line. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? String((error as Error).message).split('\n')[0]!;
}

/** "PATH: message" lines for stderr, prefixed like every CLI message. */
export const problemLine = (p: Problem): string => `oobkb: ${p.path}: ${p.message}`;
