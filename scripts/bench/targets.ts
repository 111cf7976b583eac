// The targets, judged on this run's numbers (reported, never asserted).
import type { BrowserResult } from './browser-bench.ts';
import type { CliResult } from './cli-bench.ts';
import type { FolderResult } from './folder-bench.ts';
import { longest, ms, times } from './format.ts';
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

function cliTarget(cli: CliResult): Target {
  const ratio = cli.beyondMs / cli.grepMs;
  return {
    name: `the CLI's time on 100 MB beyond its start-up is at most ${CLI_BUDGET}× grep's`,
    met: ratio <= CLI_BUDGET,
    detail: `${ms(cli.beyondMs)} beyond start-up vs grep ${ms(cli.grepMs)} = ${times(ratio)} (medians of ${cli.runs}, interleaved)`,
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

/** Peak memory of the CLI on a whole Logs folder. */
export const FOLDER_RSS_BUDGET_MB = 256;
/** A start-up's budget: `oobkb code` and a one-line diagnosis. */
export const STARTUP_BUDGET_MS = 100;

function folderTarget(folder: FolderResult): Target {
  const peak = (folder.cliRssKb ?? Number.NaN) / 1024;
  return {
    name: `the CLI on a ${Math.round(folder.bytes / 1048576)} MB folder stays under ${FOLDER_RSS_BUDGET_MB} MB peak memory`,
    met: Number.isFinite(peak) ? peak <= FOLDER_RSS_BUDGET_MB : undefined,
    detail: `peak RSS ${Number.isFinite(peak) ? `${Math.round(peak)} MB` : 'not measured (no GNU time)'}; ${ms(folder.cliMs)} vs grep -r ${ms(folder.grepMs)}`,
  };
}

function startupTarget(cli: CliResult): Target {
  return {
    name: `oobkb code and a one-line diagnosis each start in at most ${STARTUP_BUDGET_MS} ms`,
    met: cli.codeMs <= STARTUP_BUDGET_MS && cli.startupMs <= STARTUP_BUDGET_MS,
    detail: `oobkb code ${ms(cli.codeMs)}, one-line diagnose ${ms(cli.startupMs)} (Node alone, an empty script: ${ms(cli.nodeMs)})`,
  };
}

/** Every target, judged on this run. */
export function judgeTargets(
  scan: ScanRow[],
  cli: CliResult,
  browser: BrowserResult | { skipped: string },
  folder: FolderResult,
): Target[] {
  return [
    scanTarget(scan),
    cliTarget(cli),
    folderTarget(folder),
    startupTarget(cli),
    widgetTarget(browser),
  ];
}
