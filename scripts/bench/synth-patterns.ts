// Synthetic signature sets: distinct literal patterns of 15–40 characters made of log words. The
// smaller sets are prefixes of the largest, so each size measures the same kind of pattern.
import { createRandom } from './prng.ts';
import { WORDS } from './vocabulary.ts';

const MIN_LENGTH = 15;
const MAX_LENGTH = 40;

/** `count` distinct patterns, the same for the same seed. */
export function syntheticPatterns(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const patterns = new Set<string>();
  while (patterns.size < count) {
    let text = random.pick(WORDS);
    const target = MIN_LENGTH + random.int(MAX_LENGTH - MIN_LENGTH + 1);
    while (text.length < target) text += ` ${random.pick(WORDS)}`;
    if (text.length <= MAX_LENGTH) patterns.add(text);
  }
  return [...patterns];
}
