// The three targets, judged on this run's numbers (reported, never asserted).
import type { BrowserResult } from './browser-bench.ts';
import type { CliResult } from './cli-bench.ts';
import { longest, ms, times } from './format.ts';
import type { KbGrep } from './pipeline-bench.ts';
import type { Target } from './results.ts';
import type { ScanRow } from './scan-bench.ts';

/** The longest main-thread task the widget may run. */
export const TASK_BUDGET_MS = 50;
/** How many times grep's time the CLI may take beyond its start-up. */
export const CLI_BUDGET = 2;

function scanTarget(rows: ScanRow[]): Target {
  return {
    name: 'the engine scans at least as fast as grep at every signature-set size',
    met: rows.length ? rows.every((r) => r.ratio >= 1) : undefined,
    detail: rows.map((r) => `${r.patterns}: ${times(r.ratio)}`).join(', '),
  };
}

function cliTarget(cli: CliResult, grep: KbGrep): Target {
  const ratio = cli.beyondMs / grep.ms;
  return {
    name: `the CLI's time on 100 MB beyond its start-up is at most ${CLI_BUDGET}× grep's`,
    met: ratio <= CLI_BUDGET,
    detail: `${ms(cli.beyondMs)} beyond start-up vs grep ${ms(grep.ms)} = ${times(ratio)}`,
  };
}

function widgetTarget(b: BrowserResult | { skipped: string }): Target {
  const name = `no main-thread task in the widget exceeds ${TASK_BUDGET_MS} ms`;
  if ('skipped' in b) return { name, met: undefined, detail: b.skipped };
  const drop = b.drop.flatMap((r) => r.tasksMs);
  const click = b.paste.flatMap((r) => r.tasksMs);
  const paste = b.paste.flatMap((r) => r.paste?.tasksMs ?? []);
  return {
    name,
    // The paste counts too: the widget handles it (a log this large is held, not inserted).
    met: [...drop, ...click, ...paste].every((task) => task <= TASK_BUDGET_MS),
    detail: `longest task: drop → answer ${longest(drop)}, Ctrl+V paste → held and diagnosed ${longest(paste)}, click → answer ${longest(click)}`,
  };
}

/** All three targets. */
export function judgeTargets(
  scan: ScanRow[],
  cli: CliResult,
  grep: KbGrep,
  browser: BrowserResult | { skipped: string },
): Target[] {
  return [scanTarget(scan), cliTarget(cli, grep), widgetTarget(browser)];
}
