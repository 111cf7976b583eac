// SHIPS TO THE BROWSER. One pass over the whole text: where each signature's message text occurs
// (by line, with its span), and which signatures' context words occur anywhere.
import { hitStart, scan } from './aho-corasick.ts';
import type { Matcher } from './matcher.ts';

/** A message-text occurrence: 1-based line, and the span within that line. */
export interface MessageHit {
  signature: number;
  line: number;
  start: number;
  end: number;
}

export interface TextScan {
  /** Message hits in line order, at most MAX_MESSAGE_HITS of them. */
  messageHits: MessageHit[];
  /** Signatures whose context words occur in the text or the file name. */
  contextFound: Set<number>;
  /** Offset of the start of each line (index 0 is line 1). */
  lineStarts: number[];
}

/** Evidence needs a few hits per signature, not millions: beyond this a huge log keeps counting nothing more. */
const MAX_MESSAGE_HITS = 10_000;

/** Line starts with the parser's line breaks: CRLF, LF and a lone CR each end a line. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 10) starts.push(i + 1);
    else if (unit === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 1-based line of an offset, by binary search. */
export function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Scans the text (and the file names, for context) once. */
export function scanText(
  matcher: Matcher,
  text: string,
  fileNames: readonly string[] = [],
): TextScan {
  const lineStarts = lineStartsOf(text);
  const messageHits: MessageHit[] = [];
  const contextFound = new Set<number>();
  scan(matcher.automaton, text, (patternId, end) => {
    for (const { signature, role } of matcher.roles[patternId]!) {
      if (role === 'context') contextFound.add(signature);
      else if (messageHits.length < MAX_MESSAGE_HITS) {
        const start = hitStart(matcher.automaton, text, patternId, end);
        const line = lineOf(lineStarts, end - 1);
        const lineStart = lineStarts[line - 1]!;
        messageHits.push({
          signature,
          line,
          start: Math.max(0, start - lineStart),
          end: end - lineStart,
        });
      }
    }
  });
  for (const name of fileNames) {
    scan(matcher.automaton, name, (patternId) => {
      for (const { signature, role } of matcher.roles[patternId]!)
        if (role === 'context') contextFound.add(signature);
    });
  }
  return { messageHits, contextFound, lineStarts };
}
