// NODE ONLY. The engine's compiled automaton as JSON (its typed arrays in base64), so the CLI's
// cached knowledge base carries it and a start-up does not build it again.
import type { Automaton } from '../lib/diagnose/aho-corasick.ts';
import { createMatcher, type Matcher } from '../lib/diagnose/matcher.ts';
import type { SignatureIndex } from '../lib/diagnose/signature-index.ts';

/** An Automaton with each typed array as base64, and the character classes as [unit, class] pairs (most of the 65,536 are 0). */
export interface AutomatonJson {
  classOf: [number, number][];
  classCount: number;
  delta: string;
  outStart: string;
  outIds: string;
  patterns: string[];
}

const base64 = (array: Uint16Array | Int32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

/** Copies decoded bytes into a new, aligned typed array. */
function decode<T extends Uint16Array | Int32Array>(text: string, make: (length: number) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const array = make(bytes.length / make(0).BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/** The code units whose class is not 0, with their class. */
function classPairs(classOf: Uint16Array): [number, number][] {
  const pairs: [number, number][] = [];
  classOf.forEach((cls, unit) => {
    if (cls) pairs.push([unit, cls]);
  });
  return pairs;
}

function classTable(pairs: readonly [number, number][]): Uint16Array {
  const classOf = new Uint16Array(65536);
  for (const [unit, cls] of pairs) classOf[unit] = cls;
  return classOf;
}

export const automatonToJson = (a: Automaton): AutomatonJson => ({
  classOf: classPairs(a.classOf),
  classCount: a.classCount,
  delta: base64(a.delta),
  outStart: base64(a.outStart),
  outIds: base64(a.outIds),
  patterns: a.patterns,
});

export const automatonFromJson = (a: AutomatonJson): Automaton => ({
  classOf: classTable(a.classOf),
  classCount: a.classCount,
  delta: decode(a.delta, (n) => new Int32Array(n)),
  outStart: decode(a.outStart, (n) => new Int32Array(n)),
  outIds: decode(a.outIds, (n) => new Int32Array(n)),
  patterns: a.patterns,
});

/** The index's matcher, with the automaton the bundle carries when it has one. */
export const matcherOf = (index: SignatureIndex, automaton: AutomatonJson | undefined): Matcher =>
  createMatcher(index, automaton && automatonFromJson(automaton));
