// Writes every input of a benchmark run into one temporary folder: the synthetic signature sets, the
// real index's message patterns, the 100 MB log, the 2.5 MB browser log and a one-line log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import { messagePatterns, realSignatureLines } from './real-lines.ts';
import type { Inputs } from './results.ts';
import { writeSyntheticLog } from './synth-log.ts';
import { syntheticPatterns } from './synth-patterns.ts';

export interface InputPlan {
  contentDir: string;
  seed: number;
  logBytes: number;
  browserLogBytes: number;
  sizes: readonly number[];
}

export interface InputFiles {
  dir: string;
  log: string;
  browserLog: string;
  tinyLog: string;
  kbPatterns: string;
  sets: { count: number; file: string }[];
  inputs: Omit<Inputs, 'runs' | 'grepLocale'>;
}

const writeLines = (path: string, lines: readonly string[]): string => {
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

/** Generates the inputs (deterministic for the same plan and content). */
export function writeInputs(plan: InputPlan): InputFiles {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-bench-'));
  const patterns = syntheticPatterns(Math.max(...plan.sizes), plan.seed);
  const sets = plan.sizes.map((count) => ({
    count,
    file: writeLines(join(dir, `patterns-${count}.txt`), patterns.slice(0, count)),
  }));
  const index = loadIndexFromContent(plan.contentDir);
  const kbMessages = messagePatterns(index).filter(Boolean);
  const real = realSignatureLines(plan.contentDir);
  const log = join(dir, 'synthetic-100mb.log');
  const logStats = writeSyntheticLog(log, {
    bytes: plan.logBytes,
    seed: plan.seed,
    realLines: real,
    realRate: 1 / 3000,
    patterns,
    patternRate: 1 / 1000,
  });
  // The browser log is named like the site server's log, so the file name is evidence as it would be.
  const browserLog = join(dir, 'amtopmgr.log');
  const browserStats = writeSyntheticLog(browserLog, {
    bytes: plan.browserLogBytes,
    seed: plan.seed + 1,
    realLines: real,
    realRate: 1 / 3000,
    patterns: [],
    patternRate: 0,
  });
  return {
    dir,
    log,
    browserLog,
    tinyLog: writeLines(join(dir, 'one-line.log'), [
      real[0] ?? 'GetAMTPowerState fail with result:0x80072EE9',
    ]),
    kbPatterns: writeLines(join(dir, 'kb-patterns.txt'), kbMessages),
    sets,
    inputs: {
      seed: plan.seed,
      log: {
        path: log,
        bytes: logStats.bytes,
        lines: logStats.lines,
        realLines: logStats.realLines,
        patternLines: logStats.patternLines,
      },
      browserLog: {
        bytes: browserStats.bytes,
        lines: browserStats.lines,
        realLines: browserStats.realLines,
      },
      index: {
        signatures: index.signatures.length,
        patterns: createMatcher(index).automaton.patterns.length,
        messagePatterns: kbMessages.length,
      },
    },
  };
}
