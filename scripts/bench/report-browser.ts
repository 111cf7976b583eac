// The widget's table: time to the answer and main-thread long tasks, per scenario.
import type { BrowserResult, BrowserRun } from './browser-bench.ts';
import { fixed, int, longest, ms } from './format.ts';
import { median } from './measure.ts';
import type { Slice } from './browser-page.ts';
import type { Table } from './table.ts';

const worst = (runs: BrowserRun[], pick: (r: BrowserRun) => number[]): string =>
  longest(runs.flatMap(pick));
const perRun = (runs: BrowserRun[], pick: (r: BrowserRun) => number[]): string =>
  runs.map((r) => String(pick(r).length)).join(', ');

function frameNote(frames: (Slice | undefined)[]): string {
  const longest = frames
    .filter((f): f is Slice => f !== undefined)
    .sort((a, b) => b.duration - a.duration)[0];
  if (!longest) return 'no frame over 50 ms';
  return `longest frame ${ms(longest.duration)}${longest.scripts?.length ? `: ${longest.scripts.join('; ')}` : ' (no script over 5 ms: style, layout, paint)'}`;
}

/** Section 4, or why it was skipped. */
export function browserTable(b: BrowserResult | { skipped: string }): Table {
  if ('skipped' in b)
    return { title: '4. Widget in the browser', head: ['skipped'], rows: [[b.skipped]] };
  const pasteWindows = b.paste.flatMap((r) => (r.paste ? [r.paste] : []));
  return {
    title: `4. Widget in Chromium ${b.chromium}: a ${fixed(b.logBytes / 2 ** 20, 2)} MB log (median of ${b.drop.length} runs; fresh page each)`,
    head: [
      'action',
      'to answer in DOM',
      'to next frame',
      'tasks > 50 ms (per run)',
      'longest task',
      'matches',
      'longest frame',
    ],
    rows: [
      [
        'drop file → answer',
        ms(median(b.drop.map((r) => r.resultMs))),
        ms(median(b.drop.map((r) => r.paintedMs))),
        perRun(b.drop, (r) => r.tasksMs),
        worst(b.drop, (r) => r.tasksMs),
        int(b.drop[0]?.matches ?? 0),
        frameNote(b.drop.map((r) => r.worstFrame)),
      ],
      [
        'Ctrl+V paste (held, diagnosed at once)',
        ms(median(pasteWindows.map((p) => p.ms))),
        '',
        perRun(b.paste, (r) => r.paste?.tasksMs ?? []),
        worst(b.paste, (r) => r.paste?.tasksMs ?? []),
        '',
        frameNote(pasteWindows.map((p) => p.worstFrame)),
      ],
      [
        'click Diagnose → answer',
        ms(median(b.paste.map((r) => r.resultMs))),
        ms(median(b.paste.map((r) => r.paintedMs))),
        perRun(b.paste, (r) => r.tasksMs),
        worst(b.paste, (r) => r.tasksMs),
        int(b.paste[0]?.matches ?? 0),
        frameNote(b.paste.map((r) => r.worstFrame)),
      ],
    ],
    notes: [
      'Long tasks (PerformanceObserver "longtask") from the drop or click until 1 s after the answer; the paste row covers Ctrl+V until the click.',
      'The paste row times the paste event until the pasted log is held (a paste this large is kept out of the field); its tasks include the diagnosis it starts.',
      `Answer shown: "${b.drop[0]?.lead ?? ''}"`,
    ],
  };
}
