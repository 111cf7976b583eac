// Section 3: the CLI's start-up, and the CLI on the whole file, beyond its own start-up (timed on
// a one-line log), against grep with the real knowledge base's patterns.
import { fileURLToPath } from 'node:url';
import { grepOnce } from './grep.ts';
import { median, runCommand, type CommandRun } from './measure.ts';

const CLI = fileURLToPath(new URL('../../bin/oobkb.cjs', import.meta.url));
/** A script that does nothing: Node's own start and exit. */
const EMPTY_SCRIPT = fileURLToPath(new URL('./empty.cjs', import.meta.url));

/** The CLI's start-up: `oobkb code` and a one-line diagnosis, beside Node on an empty script. */
export interface StartupResult {
  /** `oobkb code 0x80072EE9`: start-up and one look-up. */
  codeMs: number;
  startupMs: number;
  /** Node itself on an empty script, timed between the start-up runs: what the machine gives any start. */
  nodeMs: number;
}

export interface CliResult extends StartupResult {
  fullMs: number;
  beyondMs: number;
  /** grep on the same log with the knowledge base's message patterns, timed between the CLI's runs. */
  grepMs: number;
  /** How many times each of the three was timed. */
  runs: number;
  rssKb?: number;
  matches: number;
  entries: number;
}

/** How many times each start-up is timed: the figures are medians of a few tens of milliseconds. */
const STARTUP_RUNS = 20;
/**
 * How many times the 100 MB run, the one-line run it is read against and grep are each timed,
 * interleaved: this machine's speed drifts between minutes (grep on the log took 0.15–0.27 s in
 * one afternoon), so the three are taken in the same minutes and their medians compared.
 */
const CLI_RUNS = 9;

function cliRun(log: string, peakMemory = true): CommandRun {
  const run = runCommand(process.execPath, [CLI, 'diagnose', log, '--json'], { peakMemory });
  // 0: an article matched, 1: none (both are answers); 2 is an error.
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`oobkb diagnose ${log} exited ${run.status}: ${run.stderr.trim()}`);
  return run;
}

const codeRun = (peakMemory: boolean) =>
  runCommand(process.execPath, [CLI, 'code', '0x80072EE9'], { peakMemory });

/**
 * Times the start-ups, interleaved with Node on an empty script: this machine's own start drifts
 * by 10 ms and more between minutes, and a start-up is read against it. run.ts times them first,
 * before the sections that read 100 MB and more: timed right after them, `oobkb code` took 104 ms
 * where it had taken 86 ms a few minutes before. Without the peak-memory wrapper (GNU time), whose
 * own start would count.
 */
export function benchStartup(tinyLog: string): StartupResult {
  // Unmeasured runs first: the caches of a fresh checkout are filled once, then reused.
  cliRun(tinyLog);
  codeRun(true);
  const node: number[] = [];
  const code: number[] = [];
  const tiny: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    node.push(runCommand(process.execPath, [EMPTY_SCRIPT], { peakMemory: false }).ms);
    code.push(codeRun(false).ms);
    tiny.push(cliRun(tinyLog, false).ms);
  }
  return { codeMs: median(code), startupMs: median(tiny), nodeMs: median(node) };
}

/**
 * Times `oobkb diagnose LOG --json`, the one-line diagnosis in the same peak-memory wrapper (what
 * the run takes beyond it is the figure) and grep with the knowledge base's patterns, one after
 * the other, at least CLI_RUNS times each.
 */
export function benchCli(
  log: string,
  tinyLog: string,
  kbPatterns: string,
  runs: number,
  startup: StartupResult,
): CliResult {
  const rounds = Math.max(runs, CLI_RUNS);
  const tinyWrapped: number[] = [];
  const full: CommandRun[] = [];
  const grep: number[] = [];
  for (let i = 0; i < rounds; i++) {
    tinyWrapped.push(cliRun(tinyLog).ms);
    full.push(cliRun(log));
    grep.push(grepOnce(kbPatterns, log).ms);
  }
  const report = JSON.parse(full[0]?.stdout ?? '{}') as {
    matches?: unknown[];
    entries?: number;
    streamed?: { parsedEntries: number };
  };
  const fullMs = median(full.map((r) => r.ms));
  const rss = Math.max(...full.map((r) => r.maxRssKb ?? Number.NaN));
  return {
    ...startup,
    fullMs,
    beyondMs: fullMs - median(tinyWrapped),
    grepMs: median(grep),
    runs: rounds,
    ...(Number.isFinite(rss) ? { rssKb: rss } : {}),
    matches: report.matches?.length ?? 0,
    // A streamed input parses only the entries around hits: those are the entries read.
    entries: report.streamed?.parsedEntries ?? report.entries ?? 0,
  };
}
