// Section 2: the whole engine as the CLI and the widget run it — decode the bytes, then diagnose()
// (parse + scan + evaluate + rank) with the real knowledge base's index — against grep on the real
// index's message patterns over the same file.
import { fileURLToPath } from 'node:url';
import { grepOnce } from './grep.ts';
import { mbPerSecond, median, runNodeChild } from './measure.ts';

const ENGINE_CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url));

interface DiagnoseChild {
  indexMs: number;
  decodeMs: number[];
  diagnoseMs: number[];
  matches: number;
  entries: number;
  topSlug: string;
  notice: string;
  maxRssKb: number;
}
interface PhasesChild {
  parseMs: number[];
  scanTextMs: number[];
}

/** grep over the log with the real index's message patterns (median of runs). */
export interface KbGrep {
  patterns: number;
  ms: number;
  mbs: number;
  lines: number;
  rssKb?: number;
}

export interface PipelineResult {
  indexMs: number;
  decodeMs: number;
  diagnoseMs: number;
  totalMs: number;
  mbs: number;
  parseMs: number;
  scanTextMs: number;
  entries: number;
  matches: number;
  topSlug: string;
  rssKb: number;
  /** Pipeline MB/s ÷ grep MB/s on the real patterns. */
  ratio: number;
}

/** Times grep with the real index's patterns. */
export function benchKbGrep(
  patternsFile: string,
  patterns: number,
  log: string,
  logBytes: number,
  runs: number,
): KbGrep {
  const all = Array.from({ length: runs }, () => grepOnce(patternsFile, log));
  const ms = median(all.map((r) => r.ms));
  const rss = Math.max(...all.map((r) => r.maxRssKb ?? Number.NaN));
  return {
    patterns,
    ms,
    mbs: mbPerSecond(logBytes, ms),
    lines: all[0]?.matchingLines ?? 0,
    ...(Number.isFinite(rss) ? { rssKb: rss } : {}),
  };
}

/** Runs decode + diagnose() once in each of `runs` children (so peak memory is one diagnosis's), and the parse and scan phases alone, `runs` times, in another. */
export function benchPipeline(
  log: string,
  logBytes: number,
  contentDir: string,
  runs: number,
  grep: KbGrep,
): PipelineResult {
  const all = Array.from({ length: runs }, () =>
    runNodeChild<DiagnoseChild>(ENGINE_CHILD, ['diagnose', log, contentDir, '1']),
  );
  const phases = runNodeChild<PhasesChild>(ENGINE_CHILD, ['phases', log, contentDir, String(runs)]);
  const pick = (get: (child: DiagnoseChild) => number[]) => median(all.flatMap(get));
  const totalMs = median(all.map((c) => (c.decodeMs[0] ?? 0) + (c.diagnoseMs[0] ?? 0)));
  const first = all[0];
  return {
    indexMs: median(all.map((c) => c.indexMs)),
    decodeMs: pick((c) => c.decodeMs),
    diagnoseMs: pick((c) => c.diagnoseMs),
    totalMs,
    mbs: mbPerSecond(logBytes, totalMs),
    parseMs: median(phases.parseMs),
    scanTextMs: median(phases.scanTextMs),
    entries: first?.entries ?? 0,
    matches: first?.matches ?? 0,
    topSlug: first?.topSlug ?? '',
    rssKb: Math.max(...all.map((c) => c.maxRssKb)),
    ratio: grep.ms / totalMs,
  };
}
