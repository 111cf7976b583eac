// Timing and memory helpers shared by the benchmark's sections: every external command is timed
// the same way (wall clock around the whole process) and, where GNU time exists, its peak memory read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** Bytes in a megabyte as this report counts them (2^20). */
export const MB = 1024 * 1024;

/** The middle value (the lower middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** Megabytes per second for `bytes` in `ms`. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

/** Whether /usr/bin/time is GNU time (it can write peak memory to a file). */
export const hasGnuTime: boolean =
  existsSync(GNU_TIME) &&
  spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;

export interface CommandRun {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  maxRssKb?: number;
}

export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  cwd?: string;
  /** false: not wrapped in GNU time for its peak memory (start-up times, which the wrapper's own ~3 ms would blur). */
  peakMemory?: boolean;
}

/**
 * Runs a command to completion (stdout into a pipe that is drained), timing it by the wall clock.
 * A run with a time limit is not wrapped in GNU time, so that the kill reaches the command itself.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): CommandRun {
  const wrapped = hasGnuTime && !options.timeoutMs && options.peakMemory !== false;
  const dir = wrapped ? mkdtempSync(join(tmpdir(), 'oobkb-time-')) : undefined;
  const rssFile = dir ? join(dir, 'rss') : undefined;
  const [file, argv] = rssFile
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, [...args]];
  const start = performance.now();
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    maxBuffer: 1024 * MB,
    env: options.env ?? process.env,
    cwd: options.cwd,
    ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
  });
  const ms = performance.now() - start;
  const rss =
    rssFile && existsSync(rssFile)
      ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10)
      : Number.NaN;
  if (dir) rmSync(dir, { recursive: true, force: true });
  const run: CommandRun = {
    ms,
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    timedOut:
      result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
  if (Number.isFinite(rss)) run.maxRssKb = rss;
  return run;
}

/** Runs a benchmark child (scripts/bench/engine-child.ts) and parses the JSON line it prints. */
export function runNodeChild<T>(script: string, args: readonly string[]): T & { wallMs: number } {
  const run = runCommand(process.execPath, [script, ...args]);
  if (run.status !== 0)
    throw new Error(
      `${script} ${args.join(' ')} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const lines = run.stdout.trim().split('\n');
  return { ...(JSON.parse(lines[lines.length - 1] ?? '{}') as T), wallMs: run.ms };
}
