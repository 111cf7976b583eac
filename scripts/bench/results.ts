// The shape of one benchmark run's results (also the JSON written to bench-results/).
import type { BrowserResult } from './browser-bench.ts';
import type { CliResult } from './cli-bench.ts';
import type { FolderResult } from './folder-bench.ts';
import type { Machine } from './machine.ts';
import type { KbGrep, PipelineResult } from './pipeline-bench.ts';
import type { ScaleRow } from './scale-bench.ts';
import type { EvaluationRow } from './evaluation-bench.ts';
import type { FirstQueryRow } from './search-bench.ts';
import type { ScanRow } from './scan-bench.ts';

/** The synthetic inputs, as generated. */
export interface Inputs {
  runs: number;
  seed: number;
  grepLocale: string;
  log: { path: string; bytes: number; lines: number; realLines: number; patternLines: number };
  browserLog: { bytes: number; lines: number; realLines: number };
  index: { signatures: number; patterns: number; messagePatterns: number };
}

/** A target of the issue, judged on this run's numbers. */
export interface Target {
  name: string;
  met: boolean | undefined;
  detail: string;
}

export interface BenchResults {
  machine: Machine;
  inputs: Inputs;
  scan: ScanRow[];
  kbGrep: KbGrep;
  pipeline: PipelineResult;
  cli: CliResult;
  folder: FolderResult;
  browser: BrowserResult | { skipped: string };
  scale: ScaleRow[];
  firstQueries: FirstQueryRow[] | { skipped: string };
  evaluation: EvaluationRow[] | { skipped: string };
  targets: Target[];
  /** Wall time of the whole benchmark, in seconds. */
  elapsedSeconds: number;
}
