// SHIPS TO THE BROWSER. The byte automaton a streamed log is scanned with: every pattern of the
// matcher (message texts and context words, same ids), then the triggers that make a line worth
// parsing although it holds no message text: a signature's code as logs write it without 0x,
// a signature's status message ID, and "0x", which starts any code written in hex.
import { foldPattern } from './aho-corasick.ts';
import { buildByteAutomaton, type ByteAutomaton } from './byte-automaton.ts';
import type { HexCodes } from './byte-scanner.ts';
import type { Matcher } from './matcher.ts';

/** What a trigger pattern (an id past the matcher's own patterns) asks for. */
export type TriggerRole = 'line' | 'hex';

export interface StreamMatcher {
  matcher: Matcher;
  bytes: ByteAutomaton;
  /** Pattern ids below this are the matcher's own (see matcher.roles). */
  ownPatterns: number;
  /** Trigger id − ownPatterns → its role. */
  triggers: TriggerRole[];
  /** The id of "0x". */
  hexPattern: number;
  /** A scanner's start for `bytes` (ScannerOptions.image), when a cache kept one. */
  scannerImage?: Uint8Array;
}

/** The codes a stream's scanner reads: "0x" hits as codes, every occurrence of a signature's. */
export const scannerCodes = (streamMatcher: StreamMatcher): HexCodes => ({
  hexPattern: streamMatcher.hexPattern,
  signatureCodes: streamMatcher.matcher.byCode.keys(),
});

/** How logs write a signature's code without the 0x prefix: eight hex digits, or a negative decimal. */
function unprefixedSpellings(code: number): string[] {
  const nibble = code >>> 28;
  if (nibble !== 0x8 && nibble !== 0xc) return [];
  return [code.toString(16).padStart(8, '0'), String(code | 0)];
}

/** Whether two pattern lists are the same, in the same order. */
const samePatterns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((pattern, i) => pattern === b[i]);

/**
 * Builds the stream matcher for a matcher (once per index). `compiled`: its byte automaton from a
 * cache (the CLI's knowledge cache keeps one, ~10 ms to build), used when its patterns are the
 * ones this index needs, and with it `image`, a scanner's start kept beside it.
 */
export function createStreamMatcher(
  matcher: Matcher,
  compiled?: ByteAutomaton,
  image?: Uint8Array,
): StreamMatcher {
  const own = matcher.automaton.patterns;
  const lineTriggers = new Set<string>();
  for (const code of matcher.byCode.keys())
    for (const spelling of unprefixedSpellings(code)) lineTriggers.add(foldPattern(spelling));
  for (const id of matcher.byStatusId.keys()) lineTriggers.add(String(id));
  const triggers: TriggerRole[] = [...lineTriggers].map(() => 'line');
  triggers.push('hex');
  const patterns = [...own, ...lineTriggers, '0x'];
  const fits = compiled !== undefined && samePatterns(compiled.patterns, patterns);
  const bytes = fits ? compiled : buildByteAutomaton(patterns);
  const hexPattern = own.length + triggers.length - 1;
  const streamMatcher: StreamMatcher = {
    matcher,
    bytes,
    ownPatterns: own.length,
    triggers,
    hexPattern,
  };
  if (fits && image) streamMatcher.scannerImage = image;
  return streamMatcher;
}
