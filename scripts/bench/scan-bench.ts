// Section 1: the engine's raw multi-pattern scan (buildAutomaton + scan) against grep -F -i -f,
// on the same synthetic patterns and the same file, for each signature-set size.
import { fileURLToPath } from 'node:url';
import { grepOnce, type GrepRun } from './grep.ts';
import { mbPerSecond, median, runNodeChild } from './measure.ts';

const ENGINE_CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url));
/** A reference run of grep in a UTF-8 locale stops after this long. */
export const UTF8_LIMIT_MS = 15_000;

interface ScanChild {
  buildMs: number;
  scanMs: number[];
  hits: number;
  hitLines: number;
  states: number;
  /** How the scanner scanned: with the prefilter, in four lanes, or in JavaScript. */
  mode: string;
  maxRssKb: number;
}

/** One signature-set size's numbers. */
export interface ScanRow {
  patterns: number;
  states: number;
  mode: string;
  buildMs: number;
  engineMs: number;
  engineMbs: number;
  engineLines: number;
  engineRssKb: number;
  grepMs: number;
  grepMbs: number;
  grepLines: number;
  grepRssKb?: number;
  /** Engine MB/s ÷ grep MB/s: at least 1 meets the target. */
  ratio: number;
  /** One run of grep with LC_ALL=C.UTF-8 (undefined: stopped at the limit). */
  utf8GrepMs?: number;
}

function grepMedian(
  file: string,
  log: string,
  runs: number,
): { ms: number; lines: number; rssKb?: number } {
  const all: GrepRun[] = [];
  for (let i = 0; i < runs; i++) all.push(grepOnce(file, log));
  const rss = Math.max(...all.map((r) => r.maxRssKb ?? Number.NaN));
  return {
    ms: median(all.map((r) => r.ms)),
    lines: all[0]?.matchingLines ?? 0,
    ...(Number.isFinite(rss) ? { rssKb: rss } : {}),
  };
}

/** Measures one set: the engine in a child process, grep `runs` times, grep in UTF-8 once. */
export function benchScanSet(
  log: string,
  logBytes: number,
  set: { count: number; file: string },
  runs: number,
): ScanRow {
  const engine = runNodeChild<ScanChild>(ENGINE_CHILD, ['scan', log, set.file, String(runs)]);
  const grep = grepMedian(set.file, log, runs);
  const utf8 = grepOnce(set.file, log, 'C.UTF-8', UTF8_LIMIT_MS);
  const engineMs = median(engine.scanMs);
  const row: ScanRow = {
    patterns: set.count,
    states: engine.states,
    mode: engine.mode,
    buildMs: engine.buildMs,
    engineMs,
    engineMbs: mbPerSecond(logBytes, engineMs),
    engineLines: engine.hitLines,
    engineRssKb: engine.maxRssKb,
    grepMs: grep.ms,
    grepMbs: mbPerSecond(logBytes, grep.ms),
    grepLines: grep.lines,
    ratio: grep.ms / engineMs,
  };
  if (grep.rssKb !== undefined) row.grepRssKb = grep.rssKb;
  if (!utf8.timedOut) row.utf8GrepMs = utf8.ms;
  return row;
}
