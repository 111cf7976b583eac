// Asserting "linear time" with wall clocks is noisy on a shared machine, so each comparison takes
// the best of several runs and is retried a few times before it fails: a super-linear algorithm
// fails every retry (16× the input costs ~256× the time when quadratic), a busy machine does not.
import assert from 'node:assert/strict';

/** The fastest of `runs` timings of one call, in ms. */
export function bestTime(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Asserts that `work(large)` costs at most `slack` × the size ratio × `work(small)` (plus `floorMs`
 * of noise), retrying up to `tries` times.
 */
export function assertLinear<T>(
  work: (input: T) => unknown,
  small: T,
  large: T,
  sizeRatio: number,
  options: { slack?: number; floorMs?: number; tries?: number } = {},
): void {
  const { slack = 3, floorMs = 20, tries = 3 } = options;
  let message = '';
  for (let attempt = 0; attempt < tries; attempt++) {
    work(large); // warm the JIT on the larger shape
    const tSmall = bestTime(() => work(small));
    const tLarge = bestTime(() => work(large));
    if (tLarge <= tSmall * sizeRatio * slack + floorMs) return;
    message = `${sizeRatio}× the input took ${tLarge.toFixed(1)} ms vs ${tSmall.toFixed(1)} ms (${(tLarge / Math.max(tSmall, 0.01)).toFixed(1)}×)`;
  }
  assert.fail(message);
}
