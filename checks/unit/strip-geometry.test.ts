// The time strip's geometry (src/components/diagnose/strip-geometry.ts): bars in proportion to the
// busiest bin, warnings stacked on errors inside the track, marks at their place in the span, and
// rows one under the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  LABEL_HEIGHT,
  ROW_GAP,
  TRACK_HEIGHT,
  barHeight,
  binX,
  stripLayout,
} from '../../src/components/diagnose/strip-geometry.ts';
import {
  STRIP_BINS,
  type StripRow,
  type TimeStrip,
} from '../../src/lib/diagnose-worker/protocol.ts';

/** A row with counts in the given bins. */
function row(
  name: string,
  errors: Record<number, number>,
  warnings: Record<number, number> = {},
  marks: number[] = [],
): StripRow {
  const fill = (counts: Record<number, number>) =>
    Array.from({ length: STRIP_BINS }, (_, i) => counts[i] ?? 0);
  return {
    name,
    errors: fill(errors),
    warnings: fill(warnings),
    errorCount: Object.values(errors).reduce((a, b) => a + b, 0),
    warningCount: Object.values(warnings).reduce((a, b) => a + b, 0),
    timed: 10,
    marks: marks.map((at) => ({ at, time: '', line: 1, slug: 's', title: 't' })),
  };
}

const strip = (rows: StripRow[], peak: number): TimeStrip => ({
  from: '2009-11-19 10:00:00',
  to: '2009-11-19 10:00:40',
  assumed: false,
  peak,
  rows,
});

test('bar heights follow the count against the peak, with a visible minimum and nothing for zero', () => {
  assert.equal(barHeight(4, 4), TRACK_HEIGHT);
  assert.equal(barHeight(2, 4), TRACK_HEIGHT / 2);
  assert.equal(barHeight(1, 1000), 2);
  assert.equal(barHeight(0, 4), 0);
  assert.equal(barHeight(3, 0), 0);
});

test('bins sit side by side across the whole width, each bar inside its own slot', () => {
  const slot = 100 / STRIP_BINS;
  assert.ok(binX(0, STRIP_BINS) > 0 && binX(0, STRIP_BINS) < slot);
  const last = binX(STRIP_BINS - 1, STRIP_BINS);
  assert.ok(last > 100 - slot && last < 100);
  for (let i = 1; i < STRIP_BINS; i++)
    assert.ok(
      Math.abs(binX(i, STRIP_BINS) - binX(i - 1, STRIP_BINS) - slot) < 0.01,
      `bin ${i} is one slot after bin ${i - 1}`,
    );
});

test('errors stand on the track’s bottom and warnings on top of them, within the track', () => {
  const layout = stripLayout(strip([row('a.log', { 3: 2 }, { 3: 2 })], 4));
  const [only] = layout.rows;
  assert.ok(only);
  const bottom = only.trackY + TRACK_HEIGHT;
  const error = only.bars.find((b) => b.kind === 'error')!;
  const warning = only.bars.find((b) => b.kind === 'warning')!;
  assert.equal(error.y + error.height, bottom);
  assert.equal(error.height, TRACK_HEIGHT / 2);
  assert.equal(warning.y + warning.height, error.y);
  assert.equal(warning.y, only.trackY);
  assert.equal(error.x, binX(3, STRIP_BINS));
  assert.equal(only.bars.length, 2, 'empty bins draw nothing');
});

test('a row per file, one under the other, with marks across each track at their place in the span', () => {
  const layout = stripLayout(
    strip([row('a.log', { 0: 1 }, {}, [0.5]), row('b.log', { 47: 1 }, {}, [0, 0.75, 1])], 1),
  );
  assert.equal(layout.rows.length, 2);
  const [a, b] = layout.rows;
  assert.equal(b!.trackY - a!.trackY, LABEL_HEIGHT + TRACK_HEIGHT + ROW_GAP);
  assert.ok(
    a!.labelY < a!.trackY && b!.labelY > a!.trackY + TRACK_HEIGHT,
    'labels above their own track',
  );
  assert.deepEqual(
    b!.marks.map((m) => m.x),
    [0, 75, 100],
  );
  for (const m of [...a!.marks, ...b!.marks]) assert.ok(m.y1 < m.y2);
  assert.ok(b!.marks[0]!.y1 < b!.trackY && b!.marks[0]!.y2 > b!.trackY + TRACK_HEIGHT);
  assert.ok(layout.height >= b!.marks[0]!.y2, 'the strip is tall enough for its last mark');
  assert.ok(stripLayout(strip([row('a.log', {})], 0)).height < layout.height);
});
