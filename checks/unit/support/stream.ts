// Diagnoses bytes as a stream, pushed in pieces of given sizes, with the real knowledge base.
import type { Diagnosis } from '../../../src/lib/diagnose/diagnose.ts';
import { StreamDiagnosis, type StreamOptions } from '../../../src/lib/diagnose/stream-diagnose.ts';
import { createStreamMatcher } from '../../../src/lib/diagnose/stream-matcher.ts';
import { matcher } from './engine.ts';

export const streamMatcher = createStreamMatcher(matcher);

/**
 * Streams each file's bytes in pieces of `piece` bytes and returns the diagnosis of all of them:
 * pushed (as the browser worker does), or with `direct` read into the stream's readTarget (as the
 * CLI does).
 */
export function streamFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: StreamOptions & { piece?: number; direct?: boolean } = {},
): Diagnosis {
  const session = new StreamDiagnosis(streamMatcher, options);
  const piece = options.piece ?? 65536;
  for (const { name, bytes } of files) {
    const stream = session.file(name);
    for (let i = 0; i < bytes.length;) {
      if (!options.direct) {
        stream.push(bytes.subarray(i, i + piece));
        i += piece;
        continue;
      }
      const target = stream.readTarget();
      if (!target.length) break;
      const n = Math.min(target.length, piece, bytes.length - i);
      target.set(bytes.subarray(i, i + n));
      stream.written(n);
      i += n;
    }
    stream.end();
  }
  return session.finish();
}

/** What must agree between a streamed and a whole diagnosis: articles, confidence, evidence lines, counts. */
export function verdicts(diagnosis: Diagnosis) {
  return diagnosis.matches.map((m) => ({
    slug: m.slug,
    confidence: m.confidence,
    score: m.score,
    occurrences: m.occurrences,
    evidence: m.evidence.map((e) => `${e.lineStart}-${e.lineEnd} ${e.signature}`),
    missing: m.missing,
  }));
}
