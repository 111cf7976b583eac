// Where and when the numbers were taken: they mean little without the machine beside them.
import { cpus, loadavg, totalmem } from 'node:os';
import { grepVersion } from './grep.ts';

/** The machine, runtime and tools a report came from. */
export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  grep: string;
  platform: string;
  /** 1-minute load average at the start: other work on the machine skews the times. */
  load: number;
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  const all = cpus();
  return {
    date: new Date().toISOString(),
    cpu: all[0]?.model.trim() ?? 'unknown CPU',
    cores: all.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    grep: grepVersion(),
    platform: `${process.platform} ${process.arch}`,
    load: Math.round(loadavg()[0]! * 100) / 100,
  };
}
