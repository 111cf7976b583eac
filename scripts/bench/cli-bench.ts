// Section 3: the CLI on the whole file, beyond its own start-up (timed on a one-line log), against
// grep with the real knowledge base's patterns.
import { fileURLToPath } from 'node:url';
import { median, runCommand, type CommandRun } from './measure.ts';

const CLI = fileURLToPath(new URL('../../bin/oobkb.cjs', import.meta.url));
/** A script that does nothing: Node's own start and exit. */
const EMPTY_SCRIPT = fileURLToPath(new URL('./empty.cjs', import.meta.url));

export interface CliResult {
  /** `oobkb code 0x80072EE9`: start-up and one look-up. */
  codeMs: number;
  startupMs: number;
  /** Node itself on an empty script, timed between the start-up runs: what the machine gives any start. */
  nodeMs: number;
  fullMs: number;
  beyondMs: number;
  rssKb?: number;
  matches: number;
  entries: number;
}

function cliRun(log: string, peakMemory = true): CommandRun {
  const run = runCommand(process.execPath, [CLI, 'diagnose', log, '--json'], { peakMemory });
  // 0: an article matched, 1: none (both are answers); 2 is an error.
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`oobkb diagnose ${log} exited ${run.status}: ${run.stderr.trim()}`);
  return run;
}

/** Times `oobkb diagnose LOG --json` and `oobkb diagnose TINY --json`, `runs` times each. */
export function benchCli(log: string, tinyLog: string, runs: number): CliResult {
  // Two unmeasured runs first: the caches of a fresh checkout are filled once, then reused.
  cliRun(tinyLog);
  runCommand(process.execPath, [CLI, 'code', '0x80072EE9']);
  const codeMs = median(
    Array.from(
      { length: Math.max(runs, 10) },
      () => runCommand(process.execPath, [CLI, 'code', '0x80072EE9'], { peakMemory: false }).ms,
    ),
  );
  // Start-up is timed without the peak-memory wrapper (GNU time), whose own start would count;
  // what the full run takes beyond it, against a start-up timed in the same wrapper.
  // Node on an empty script between the start-up runs: this machine's own start drifts by 10 ms
  // and more between minutes, and a start-up is read against it.
  const node: number[] = [];
  const tiny = Array.from({ length: Math.max(runs, 10) }, () => {
    node.push(runCommand(process.execPath, [EMPTY_SCRIPT], { peakMemory: false }).ms);
    return cliRun(tinyLog, false).ms;
  });
  const tinyWrapped = Array.from({ length: Math.max(runs, 10) }, () => cliRun(tinyLog).ms);
  const full = Array.from({ length: runs }, () => cliRun(log));
  const report = JSON.parse(full[0]?.stdout ?? '{}') as {
    matches?: unknown[];
    entries?: number;
    streamed?: { parsedEntries: number };
  };
  const startupMs = median(tiny);
  const fullMs = median(full.map((r) => r.ms));
  const rss = Math.max(...full.map((r) => r.maxRssKb ?? Number.NaN));
  return {
    codeMs,
    startupMs,
    nodeMs: median(node),
    fullMs,
    beyondMs: fullMs - median(tinyWrapped),
    ...(Number.isFinite(rss) ? { rssKb: rss } : {}),
    matches: report.matches?.length ?? 0,
    // A streamed input parses only the entries around hits: those are the entries read.
    entries: report.streamed?.parsedEntries ?? report.entries ?? 0,
  };
}
