// The linear-time assertion must be able to fail: a quadratic algorithm is caught.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertLinear } from './support/linear-time.ts';

const linear = (n: number) => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i % 7;
  return sum;
};
const quadratic = (n: number) => {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += (i ^ j) & 1;
  return sum;
};

test('accepts a linear algorithm', () => {
  assertLinear(linear, 2_000_000, 32_000_000, 16);
});

test('rejects a quadratic algorithm', () => {
  assert.throws(
    () => assertLinear(quadratic, 1_000, 16_000, 16, { tries: 1 }),
    /16× the input took/,
  );
});
