// Wraps message texts in the on-disk and copied formats of ConfigMgr logs: SMS trace, CMTrace
// (CCM), and Trace32 copies (tabs, or tabs turned into runs of spaces as published on the web).
import type { Random } from './prng.ts';
import { COMPONENTS, SOURCE_FILES } from './vocabulary.ts';

/** The log formats the generator writes. */
export type LogFormat = 'sms-trace' | 'cmtrace' | 'trace32-tabs' | 'trace32-spaces';

/** Where the log's clock and thread are; advances with every line. */
export interface LineClock {
  ms: number;
  thread: number;
  component: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parts(ms: number) {
  const date = new Date(ms);
  return {
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    year: date.getUTCFullYear(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    milli: date.getUTCMilliseconds(),
  };
}

function smsTrace(text: string, clock: LineClock): string {
  const p = parts(clock.ms);
  const thread = `${clock.thread} (0x${clock.thread.toString(16).toUpperCase()})`;
  return `${text}  $$<${clock.component}><${pad(p.month)}-${pad(p.day)}-${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.milli, 3)}+480><thread=${thread}>`;
}

function cmtrace(text: string, clock: LineClock, random: Random): string {
  const p = parts(clock.ms);
  const type = random.chance(0.9) ? 1 : random.chance(0.5) ? 2 : 3;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.milli, 3)}+480`;
  return `<![LOG[${text}]LOG]!><time="${time}" date="${pad(p.month)}-${pad(p.day)}-${p.year}" component="${clock.component}" context="" type="${type}" thread="${clock.thread}" file="${random.pick(SOURCE_FILES)}">`;
}

function trace32(text: string, clock: LineClock, separator: string): string {
  const p = parts(clock.ms);
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const when = `${p.month}/${p.day}/${p.year} ${hour12}:${pad(p.minute)}:${pad(p.second)} ${p.hour < 12 ? 'AM' : 'PM'}`;
  const thread = `${clock.thread} (0x${clock.thread.toString(16).toUpperCase().padStart(4, '0')})`;
  return [text, clock.component, when, thread].join(separator);
}

/** One line (or, for a CMTrace message with a line break, two) in the given format. */
export function formatLine(
  format: LogFormat,
  text: string,
  clock: LineClock,
  random: Random,
): string {
  if (format === 'sms-trace') return smsTrace(text, clock);
  if (format === 'cmtrace') return cmtrace(text, clock, random);
  return trace32(text, clock, format === 'trace32-tabs' ? '\t' : ' '.repeat(6 + random.int(12)));
}

/** Moves the clock on by a few milliseconds and sometimes switches thread or component. */
export function tick(clock: LineClock, random: Random): void {
  clock.ms += random.int(400);
  if (random.chance(0.05)) clock.thread = 1000 + random.int(5000);
  if (random.chance(0.01)) clock.component = random.pick(COMPONENTS);
}
