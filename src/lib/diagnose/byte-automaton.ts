// SHIPS TO THE BROWSER. The same patterns as aho-corasick.ts, compiled over UTF-8 bytes instead of
// UTF-16 code units, so a large file can be scanned before (and mostly without) being decoded.
// ASCII letters fold to lower case and ASCII white space runs read as one space, as in the text
// automaton; other bytes are matched exactly (Japanese has no case).
import { compileAutomaton, OTHER, SPACE, type Automaton } from './aho-corasick.ts';

export interface ByteAutomaton extends Automaton {
  /** The longest pattern, in bytes (a white space run counts once): how far back a scan must start to find every match. */
  maxPatternBytes: number;
}

/** Tab, LF, VT, FF, CR and space. */
const isAsciiSpace = (byte: number): boolean => byte === 32 || (byte >= 9 && byte <= 13);
const ASCII_UPPER_A = 65;
const ASCII_UPPER_Z = 90;
const ASCII_CASE_BIT = 32;

/** Compiles folded, non-empty patterns (foldPattern) into a byte automaton; pattern ids are their indexes. */
export function buildByteAutomaton(patterns: string[]): ByteAutomaton {
  const encoder = new TextEncoder();
  const units = patterns.map((pattern) => [...encoder.encode(pattern)]);
  const classOf = new Uint16Array(256);
  let classCount = 2;
  for (const bytes of units)
    for (const byte of bytes)
      if (!isAsciiSpace(byte) && classOf[byte] === OTHER) classOf[byte] = classCount++;
  for (let byte = 0; byte < 256; byte++) {
    if (isAsciiSpace(byte)) classOf[byte] = SPACE;
    else if (byte >= ASCII_UPPER_A && byte <= ASCII_UPPER_Z)
      classOf[byte] = classOf[byte | ASCII_CASE_BIT]!;
  }
  const automaton = compileAutomaton(units, classOf, classCount, patterns);
  const maxPatternBytes = Math.max(0, ...units.map((bytes) => bytes.length));
  return { ...automaton, maxPatternBytes };
}
