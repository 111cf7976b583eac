// NODE ONLY. Writes the CLI's output straight to file descriptors 1 and 2. process.stdout and
// process.stderr are streams: touching either loads Node's stream modules, several milliseconds
// of a start-up that `oobkb code` spends in well under a hundred. A full non-blocking pipe
// (EAGAIN) hands the rest to the stream, which waits for it to drain; a closed pipe (EPIPE, as
// with `oobkb … | head -1`) ends that output quietly.

// node:fs through getBuiltinModule: an ESM import of it builds a facade that loads fs streams.
const { writeSync } = process.getBuiltinModule('node:fs');

type Fd = 1 | 2;

/** Descriptors whose reader went away: nothing more is written to them. */
const closed = new Set<Fd>();
/** Descriptors handed to their stream: what follows goes there too, in order. */
const streamed = new Set<Fd>();

const streamOf = (fd: Fd) => (fd === 1 ? process.stdout : process.stderr);

function write(fd: Fd, text: string): void {
  if (closed.has(fd) || !text) return;
  if (streamed.has(fd)) return void streamOf(fd).write(text);
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EPIPE') return void closed.add(fd);
    if (code !== 'EAGAIN') throw error;
    streamed.add(fd);
    streamOf(fd).write(bytes.subarray(done));
  }
}

/** Writes to standard output. */
export const writeOut = (text: string): void => write(1, text);

/** Writes to standard error. */
export const writeErr = (text: string): void => write(2, text);

/**
 * Whether everything written has left the process: false once a full pipe handed output to a
 * stream, which writes the rest as the reader takes it (the process must then wait for it). On
 * Linux a pipe's stream writes synchronously, so this matters where it does not (macOS). No check
 * covers it: a child that Node starts gets blocking standard output from libuv, never EAGAIN.
 */
export const allWritten = (): boolean => streamed.size === 0;
