// NODE ONLY. A progress line on stderr while a long run works: only when stderr is a terminal
// (never in a pipe or a file) and only once the work has taken about a second.

/** The part of a stream progress needs (a fake in the checks). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Work shorter than this shows nothing. */
const QUIET_MS = 1000;
/** At most ten redraws a second. */
const REDRAW_MS = 100;

export class Progress {
  /** Taken on first use: touching process.stderr opens the stream, a few milliseconds of a start-up. */
  #stream: ProgressStream | undefined;
  readonly #now: () => number;
  readonly #start: number;
  #drawn = -Infinity;
  #shown = false;

  constructor(stream?: ProgressStream, now: () => number = Date.now) {
    this.#stream = stream;
    this.#now = now;
    this.#start = now();
  }

  /** Milliseconds since the work started. */
  elapsed(): number {
    return this.#now() - this.#start;
  }

  /** Shows `text` if the work has passed a second (or `expectedMs` says it will) and the last redraw is old. */
  update(text: string, expectedMs = 0): void {
    const now = this.#now();
    if (now - this.#start + expectedMs < QUIET_MS || now - this.#drawn < REDRAW_MS) return;
    this.#stream ??= process.stderr;
    if (!this.#stream.isTTY) return;
    this.#drawn = now;
    this.#shown = true;
    this.#stream.write(`\r\x1b[K${text}`);
  }

  /** Clears the line before the answer is printed. */
  done(): void {
    if (this.#shown) this.#stream?.write('\r\x1b[K');
    this.#shown = false;
  }
}
