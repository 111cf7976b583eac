// SHIPS TO THE BROWSER. Builds, once per index, the multi-pattern scanner for every signature's
// literal text and context words, and the look-ups from codes and status IDs to signatures.
import { buildAutomaton, type Automaton } from './aho-corasick.ts';
import type { SignatureIndex } from './signature-index.ts';

/** What a pattern is to a signature: its message text, or a context word. */
export interface PatternRole {
  signature: number;
  role: 'message' | 'context';
}

export interface Matcher {
  index: SignatureIndex;
  automaton: Automaton;
  /** Pattern id → the signatures that use it, and how. */
  roles: PatternRole[][];
  byCode: Map<number, number[]>;
  byStatusId: Map<number, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Compiles an index's patterns into one automaton; linear in the total size of the patterns.
 * `automaton` is one this function built before for the same index (the CLI caches it).
 */
export function createMatcher(index: SignatureIndex, automaton?: Automaton): Matcher {
  const patternIds = new Map<string, number>();
  const roles: PatternRole[][] = [];
  const idOf = (pattern: string) => {
    let id = patternIds.get(pattern);
    if (id === undefined) {
      id = roles.length;
      patternIds.set(pattern, id);
      roles.push([]);
    }
    return id;
  };
  const byCode = new Map<number, number[]>();
  const byStatusId = new Map<number, number[]>();
  index.signatures.forEach((signature, s) => {
    for (const message of signature.messages)
      roles[idOf(message)]!.push({ signature: s, role: 'message' });
    for (const word of signature.context)
      roles[idOf(word)]!.push({ signature: s, role: 'context' });
    if (signature.code !== undefined) push(byCode, signature.code, s);
    if (signature.statusMessageId !== undefined) push(byStatusId, signature.statusMessageId, s);
  });
  return {
    index,
    automaton: automaton ?? buildAutomaton([...patternIds.keys()]),
    roles,
    byCode,
    byStatusId,
  };
}
