// The CLI as a user runs it: a spawned `node bin/oobkb.cjs`, its exit code, stdout and stderr.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Run as this user (and group), e.g. nobody when the checks run as root. */
  uid?: number;
}

/** Runs `oobkb ARGS`; OOBKB_SITE and OOBKB_TRACE from the caller's environment are left out unless given. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['OOBKB_SITE'];
  delete env['OOBKB_BASE'];
  delete env['OOBKB_TRACE'];
  const result = spawnSync(process.execPath, ['bin/oobkb.cjs', ...args], {
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...env, ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new folder holding `files` (path → text or bytes), readable by every user. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'oobkb-tree-'));
  chmodSync(root, 0o755);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

/** An SMS trace line, e.g. smsLine('GetAMTPowerState fail with result:0x80072EE9', '11-19-2009 11:35:01.123+480'). */
export const smsLine = (message: string, time: string, component = 'Oobconsole'): string =>
  `${message}  $$<${component}><${time}><thread=3120 (0xC30)>`;

/** A CMTrace line, e.g. cmtraceLine('Failed', '10:02:11.250-540', '03-02-2010', 3). */
export const cmtraceLine = (message: string, time: string, date: string, type = 1): string =>
  `<![LOG[${message}]LOG]!><time="${time}" date="${date}" component="Oobconsole" context="" type="${type}" thread="2044" file="">`;
