// SHIPS TO THE BROWSER. A multi-pattern literal scanner (Aho-Corasick compiled to a DFA) that is
// case-insensitive and treats any run of white space in the text as one space. Scanning costs one
// table look-up per UTF-16 code unit whatever the number of patterns, so no author-written pattern
// can make matching super-linear (a regular expression could).

/** The compiled automaton. Plain typed arrays, so it can also be posted to a Web Worker. */
export interface Automaton {
  /** UTF-16 code unit → character class (0: in no pattern, 1: white space). */
  classOf: Uint16Array;
  classCount: number;
  /**
   * Transitions: delta[row + class] is the next state's row (state × classCount), bitwise-negated
   * (~row, so negative) when that state ends at least one pattern.
   */
  delta: Int32Array;
  /** Patterns ending at each state (including via failure links), CSR-style by state. */
  outStart: Int32Array;
  outIds: Int32Array;
  /** The folded patterns, as compiled. */
  patterns: string[];
}

export const OTHER = 0;
export const SPACE = 1;

/** Folds a pattern the way the scanner reads text: lower case, white space runs as one space, trimmed. */
export const foldPattern = (pattern: string): string =>
  pattern.toLowerCase().replace(/\s+/g, ' ').trim();

// Matches each white space code unit of a string, including no-break and ideographic spaces, e.g. " ", "\u00A0", "\u3000"
const RE_SPACE_UNITS = /\s/g;

/** A string of all 65,536 UTF-16 code units in order, so index = code unit. */
function everyCodeUnit(): string {
  const units = new Uint16Array(65536).map((_, i) => i);
  let text = '';
  for (let i = 0; i < units.length; i += 8192)
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

const lowerUnit = (unit: number): number => {
  const lower = String.fromCharCode(unit).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
};

function buildClasses(patterns: string[]): { classOf: Uint16Array; classCount: number } {
  const classOfLower = new Map<number, number>();
  let classCount = 2;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (unit !== 32 && !classOfLower.has(unit)) classOfLower.set(unit, classCount++);
    }
  }
  const classOf = new Uint16Array(65536);
  for (let unit = 0; unit < 65536; unit++)
    classOf[unit] = classOfLower.get(lowerUnit(unit)) ?? OTHER;
  // White space wins over any class; one regex pass over every code unit (a test per unit took
  // most of a CLI start-up).
  for (const match of everyCodeUnit().matchAll(RE_SPACE_UNITS)) classOf[match.index] = SPACE;
  return { classOf, classCount };
}

/** Compiles folded, non-empty patterns; pattern ids are their indexes. */
export function buildAutomaton(patterns: string[]): Automaton {
  const { classOf, classCount } = buildClasses(patterns);
  const units = patterns.map((pattern) => {
    const codes: number[] = [];
    for (let i = 0; i < pattern.length; i++) codes.push(pattern.charCodeAt(i));
    return codes;
  });
  return compileAutomaton(units, classOf, classCount, patterns);
}

/**
 * Builds the trie of patterns given as units (UTF-16 code units, or bytes for byte-automaton.ts)
 * under a unit → class table, and resolves it into a DFA. Class 1 must be white space.
 */
export function compileAutomaton(
  units: readonly (readonly number[])[],
  classOf: Uint16Array,
  classCount: number,
  patterns: string[],
): Automaton {
  // The trie: goto[state] maps class → child; enteredBy[state] is the class on the edge into it.
  const goto: Map<number, number>[] = [new Map<number, number>()];
  const enteredBy: number[] = [OTHER];
  const own: number[][] = [[]];
  units.forEach((pattern, id) => {
    let state = 0;
    for (const unit of pattern) {
      const cls = classOf[unit]!;
      let next = goto[state]!.get(cls);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        enteredBy.push(cls);
        own.push([]);
        goto[state]!.set(cls, next);
      }
      state = next;
    }
    own[state]!.push(id);
  });
  return resolve(goto, enteredBy, own, classOf, classCount, patterns);
}

function resolve(
  goto: Map<number, number>[],
  enteredBy: number[],
  own: number[][],
  classOf: Uint16Array,
  classCount: number,
  patterns: string[],
): Automaton {
  const states = goto.length;
  const next = new Int32Array(states * classCount);
  const fail = new Int32Array(states);
  const outputs: number[][] = own.map((ids) => [...ids]);
  const order: number[] = [0];
  // Breadth-first: a state's failure target is always resolved before the state itself.
  for (let head = 0; head < order.length; head++) {
    const state = order[head]!;
    for (let cls = 0; cls < classCount; cls++) {
      const child = goto[state]!.get(cls);
      const fallback = state === 0 ? 0 : next[fail[state]! * classCount + cls]!;
      if (child === undefined) next[state * classCount + cls] = fallback;
      else {
        next[state * classCount + cls] = child;
        fail[child] = state === 0 ? 0 : fallback;
        outputs[child]!.push(...outputs[fail[child]]!);
        order.push(child);
      }
    }
    // A run of white space reads as one space: after a space, more spaces keep the state.
    if (enteredBy[state] === SPACE || state === 0) {
      if (!goto[state]!.has(SPACE)) next[state * classCount + SPACE] = state;
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + outputs[s]!.length;
  const outIds = Int32Array.from(outputs.flat());
  const delta = new Int32Array(states * classCount);
  for (let i = 0; i < delta.length; i++) {
    const target = next[i]!;
    delta[i] =
      outStart[target + 1]! > outStart[target]! ? ~(target * classCount) : target * classCount;
  }
  return { classOf, classCount, delta, outStart, outIds, patterns };
}

/** Calls onHit(patternId, end) for every pattern occurrence; `end` is the offset after its last code unit. */
export function scan(
  automaton: Automaton,
  text: string,
  onHit: (patternId: number, end: number) => void,
): void {
  const { classOf, classCount, delta, outStart, outIds } = automaton;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const next = delta[row + classOf[text.charCodeAt(i)]!]!;
    if (next >= 0) row = next;
    else {
      row = ~next;
      const state = row / classCount;
      for (let k = outStart[state]!; k < outStart[state + 1]!; k++) onHit(outIds[k]!, i + 1);
    }
  }
}

/** Where a hit starts: walks back over the pattern, letting each space stand for a run of white space. */
export function hitStart(
  automaton: Automaton,
  text: string,
  patternId: number,
  end: number,
): number {
  const pattern = automaton.patterns[patternId]!;
  let i = end;
  for (let p = pattern.length - 1; p >= 0 && i > 0; p--) {
    i--;
    if (pattern.charCodeAt(p) === 32)
      while (i > 0 && automaton.classOf[text.charCodeAt(i - 1)] === SPACE) i--;
  }
  return i;
}
