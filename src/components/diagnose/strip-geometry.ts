// SHIPS TO THE BROWSER (loaded on first use). Pure geometry of the time strip (strip.ts draws it):
// horizontal positions are percentages of the strip's width, so the SVG takes any width without
// scaling its text; vertical ones are pixels. One row per file: its name, then a track with the
// bins' error and warning bars (stacked, errors at the bottom) and a line at each evidence mark.
import type { TimeStrip } from '../../lib/diagnose-worker/protocol.ts';

/** Pixels of a row: the file name above its track, and the gap to the next row. */
export const LABEL_HEIGHT = 18;
export const TRACK_HEIGHT = 28;
export const ROW_GAP = 10;
const ROW_HEIGHT = LABEL_HEIGHT + TRACK_HEIGHT + ROW_GAP;
/** A bin's bar fills this share of its width, so neighbouring bars stay apart. */
const BAR_SHARE = 0.8;
/** A bin with any error or warning is at least this tall, however small beside the peak. */
const MIN_BAR = 2;
/** Marks reach this far above and below the track. */
const MARK_OVERHANG = 3;

export interface Bar {
  kind: 'error' | 'warning';
  /** Left edge and width, in percent of the strip's width. */
  x: number;
  width: number;
  /** Top and height, in pixels. */
  y: number;
  height: number;
}

export interface MarkLine {
  /** In percent of the strip's width. */
  x: number;
  y1: number;
  y2: number;
}

export interface RowLayout {
  /** Baseline of the file's name. */
  labelY: number;
  trackY: number;
  bars: Bar[];
  marks: MarkLine[];
}

export interface StripLayout {
  /** Pixels of the whole strip. */
  height: number;
  trackHeight: number;
  rows: RowLayout[];
}

/** Rounded to thousandths, so attributes stay short. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/** A bar's height for `count` of the strip's `peak`: in proportion, never less than MIN_BAR. */
export const barHeight = (count: number, peak: number): number =>
  count > 0 && peak > 0 ? round(Math.max(MIN_BAR, (count / peak) * TRACK_HEIGHT)) : 0;

/** A bin's left edge in percent: bin `i` of `bins`, centred in its slot. */
export const binX = (i: number, bins: number): number =>
  round(((i + (1 - BAR_SHARE) / 2) / bins) * 100);

/** The bars of one bin: errors from the track's bottom, warnings on top of them. */
function binBars(
  errors: number,
  warnings: number,
  i: number,
  bins: number,
  peak: number,
  bottom: number,
): Bar[] {
  const x = binX(i, bins);
  const width = round((BAR_SHARE / bins) * 100);
  const errorHeight = barHeight(errors, peak);
  const warningHeight = barHeight(warnings, peak);
  const bars: Bar[] = [];
  if (errorHeight)
    bars.push({ kind: 'error', x, width, y: round(bottom - errorHeight), height: errorHeight });
  if (warningHeight)
    bars.push({
      kind: 'warning',
      x,
      width,
      y: round(Math.max(bottom - TRACK_HEIGHT, bottom - errorHeight - warningHeight)),
      height: round(Math.min(warningHeight, TRACK_HEIGHT - errorHeight)),
    });
  return bars;
}

/** Lays out the strip: a row per file, top to bottom in the files' order. */
export function stripLayout(strip: TimeStrip): StripLayout {
  const rows = strip.rows.map((row, r): RowLayout => {
    const trackY = r * ROW_HEIGHT + LABEL_HEIGHT;
    const bottom = trackY + TRACK_HEIGHT;
    const bins = row.errors.length;
    return {
      labelY: trackY - 5,
      trackY,
      bars: row.errors.flatMap((errors, i) =>
        binBars(errors, row.warnings[i] ?? 0, i, bins, strip.peak, bottom),
      ),
      marks: row.marks.map((m) => ({
        x: round(m.at * 100),
        y1: trackY - MARK_OVERHANG,
        y2: bottom + MARK_OVERHANG,
      })),
    };
  });
  return {
    height: strip.rows.length * ROW_HEIGHT - ROW_GAP + MARK_OVERHANG,
    trackHeight: TRACK_HEIGHT,
    rows,
  };
}
