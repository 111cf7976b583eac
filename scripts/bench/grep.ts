// grep as the yardstick: `grep -c -F -i -f PATTERNS LOG`, its count read from a pipe. Not
// `> /dev/null`: GNU grep notices /dev/null output and stops at the first match (as -q does, and
// even with -c), which would time the search for one line rather than a scan of the whole file.
// -c keeps what the issue meant by /dev/null (no cost for writing matching lines) and gives the
// number of matching lines for the sanity check.
import { runCommand, type CommandRun } from './measure.ts';

/** The locale grep runs in for the comparison: bytes, ASCII case folding — grep's fastest mode. */
export const GREP_LOCALE = 'C';

export interface GrepRun {
  ms: number;
  matchingLines: number;
  maxRssKb?: number;
  timedOut: boolean;
}

/** One timed grep over the log; `locale` sets LC_ALL. */
export function grepOnce(
  patternsFile: string,
  log: string,
  locale = GREP_LOCALE,
  timeoutMs?: number,
): GrepRun {
  const run: CommandRun = runCommand('grep', ['-c', '-F', '-i', '-f', patternsFile, log], {
    env: { ...process.env, LC_ALL: locale },
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  if (!run.timedOut && run.status !== 0 && run.status !== 1)
    throw new Error(`grep failed (${run.status}): ${run.stderr.trim()}`);
  const result: GrepRun = {
    ms: run.ms,
    matchingLines: Number.parseInt(run.stdout, 10),
    timedOut: run.timedOut,
  };
  if (run.maxRssKb !== undefined) result.maxRssKb = run.maxRssKb;
  return result;
}

/** The first line of `grep --version`. */
export const grepVersion = (): string =>
  runCommand('grep', ['--version']).stdout.split('\n')[0] ?? 'grep (unknown version)';
