// Section: a 1 GB Logs folder (copies of the 100 MB log, as rotated .lo_ files beside the log),
// diagnosed by the CLI as one input: wall time and peak memory, beside grep -r over the same folder.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GREP_LOCALE } from './grep.ts';
import { MB, runCommand } from './measure.ts';

const CLI = fileURLToPath(new URL('../../bin/oobkb.cjs', import.meta.url));

export interface FolderResult {
  files: number;
  bytes: number;
  cliMs: number;
  cliRssKb?: number;
  grepMs: number;
  matches: number;
  /** Lines the CLI read (streamed). */
  lines: number;
}

/** Writes `copies` copies of the log into a folder (amtopmgr.log and amtopmgr-N.lo_) and measures once. */
export function benchFolder(
  dir: string,
  log: string,
  logBytes: number,
  copies: number,
  patterns: string,
): FolderResult {
  const folder = join(dir, 'Logs');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < copies; i++)
    copyFileSync(log, join(folder, i === 0 ? 'amtopmgr.log' : `amtopmgr-${i}.lo_`));
  const cli = runCommand(process.execPath, [CLI, 'diagnose', folder, '--json']);
  if (cli.status !== 0 && cli.status !== 1)
    throw new Error(`oobkb diagnose ${folder} exited ${cli.status}: ${cli.stderr.trim()}`);
  const report = JSON.parse(cli.stdout) as { matches?: unknown[]; streamed?: { lines: number } };
  const grep = runCommand('grep', ['-r', '-c', '-F', '-i', '-f', patterns, folder], {
    env: { ...process.env, LC_ALL: GREP_LOCALE },
  });
  return {
    files: copies,
    bytes: copies * logBytes,
    cliMs: cli.ms,
    ...(cli.maxRssKb !== undefined ? { cliRssKb: cli.maxRssKb } : {}),
    grepMs: grep.ms,
    matches: report.matches?.length ?? 0,
    lines: report.streamed?.lines ?? 0,
  };
}

export const FOLDER_MB = (r: FolderResult): number => r.bytes / MB;
