// SHIPS TO THE BROWSER (worker). Dropped files large enough to stream (STREAM_FROM_BYTES together)
// go through the engine's stream (stream-diagnose.ts) as they are read, as in the CLI: memory does
// not grow with the files, so there is no size limit, and only the entries around hits are parsed.
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { Matcher } from '../diagnose/matcher.ts';
import { StreamDiagnosis } from '../diagnose/stream-diagnose.ts';
import { createStreamMatcher, type StreamMatcher } from '../diagnose/stream-matcher.ts';
import type { ReadFile } from './protocol.ts';
import { FileRefusal } from './read-files.ts';
import type { QuotableLines } from './widget-result.ts';

const streamMatchers = new WeakMap<Matcher, StreamMatcher>();

/** The lines a streamed diagnosis kept: those of its parsed entries (all evidence is among them). */
class StreamedLines implements QuotableLines {
  readonly count: number;
  readonly #texts: ReadonlyMap<number, string>;

  constructor(count: number, texts: ReadonlyMap<number, string>) {
    this.count = count;
    this.#texts = texts;
  }

  line(line: number): string {
    return this.#texts.get(line) ?? '';
  }
}

/** Streams every file into one diagnosis; refuses a binary file by name. */
export async function streamFiles(
  files: readonly File[],
  matcher: Matcher,
  onProgress: (loaded: number, total: number) => void,
): Promise<{ diagnosis: Diagnosis; files: ReadFile[]; lines: QuotableLines }> {
  let streamMatcher = streamMatchers.get(matcher);
  if (!streamMatcher) streamMatchers.set(matcher, (streamMatcher = createStreamMatcher(matcher)));
  const session = new StreamDiagnosis(streamMatcher);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let loaded = 0;
  const read: ReadFile[] = [];
  for (const file of files) {
    const stream = session.file(file.name);
    try {
      const reader = file.stream().getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        stream.push(chunk.value);
        onProgress((loaded += chunk.value.length), total);
      }
    } catch {
      throw new FileRefusal('unreadable', file.name);
    } finally {
      stream.end();
    }
    if (stream.binary) throw new FileRefusal('binary', file.name);
    read.push({
      name: file.name,
      encoding: stream.encoding ?? 'utf-8',
      bytes: file.size,
      lines: stream.lines,
    });
  }
  const diagnosis = session.finish();
  return {
    diagnosis,
    files: read,
    lines: new StreamedLines(diagnosis.stream?.lines ?? 0, session.lineTexts),
  };
}
