// Writes a synthetic ConfigMgr log of a given size, deterministically: blocks of SMS trace, CMTrace
// and Trace32 lines, with real signature lines (and their near misses) from content/ and lines
// holding synthetic signatures sprinkled in, so that every matcher has something to find.
import { closeSync, openSync, writeSync } from 'node:fs';
import { formatLine, tick, type LineClock, type LogFormat } from './log-lines.ts';
import { message, wordRun } from './messages.ts';
import { createRandom, type Random } from './prng.ts';

/** What to sprinkle into the log, and how often (chance per line). */
export interface LogPlan {
  bytes: number;
  seed: number;
  /** Whole lines or message texts from content/ (samples and near misses). */
  realLines: readonly string[];
  realRate: number;
  /** Synthetic patterns; one is written inside a message, in some letter case. */
  patterns: readonly string[];
  patternRate: number;
}

export interface LogStats {
  bytes: number;
  lines: number;
  realLines: number;
  patternLines: number;
}

// Matches a sample that is already a whole formatted line, e.g. "…  $$<Oobconsole><…" or "<![LOG[…" or a Trace32 copy.
const RE_FORMATTED_LINE = /\$\$<|<!\[LOG\[|\t| {4}/;

const FORMATS: readonly LogFormat[] = [
  'sms-trace',
  'sms-trace',
  'sms-trace',
  'sms-trace',
  'cmtrace',
  'cmtrace',
  'cmtrace',
  'trace32-tabs',
  'trace32-spaces',
];
const BLOCK_LINES = 4000;
const CHUNK_CHARS = 4 * 1024 * 1024;

/** A pattern index skewed to the front, so that the smaller sets (prefixes of the largest) get hits too. */
const skewedIndex = (random: Random, count: number): number =>
  Math.min(count - 1, Math.floor(Math.exp(random.next() * Math.log(count + 1))) - 1);

function withCase(random: Random, text: string): string {
  const roll = random.int(3);
  if (roll === 0) return text.toUpperCase();
  return roll === 1 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function patternMessage(random: Random, plan: LogPlan): string {
  const pattern = plan.patterns[skewedIndex(random, plan.patterns.length)] ?? '';
  return `${wordRun(random, 1, 4)} ${withCase(random, pattern)} (${wordRun(random, 1, 3).toLowerCase()})`;
}

/** The next line, and what kind it is. */
function nextLine(
  random: Random,
  plan: LogPlan,
  format: LogFormat,
  clock: LineClock,
): { line: string; kind: 'real' | 'pattern' | 'plain' } {
  tick(clock, random);
  if (plan.realLines.length && random.chance(plan.realRate)) {
    const real = random.pick(plan.realLines);
    return {
      line: RE_FORMATTED_LINE.test(real) ? real : formatLine(format, real, clock, random),
      kind: 'real',
    };
  }
  if (plan.patterns.length && random.chance(plan.patternRate))
    return {
      line: formatLine(format, patternMessage(random, plan), clock, random),
      kind: 'pattern',
    };
  let text = message(random);
  // A CMTrace message may span lines; the continuation starts with punctuation, as real ones do.
  if (format === 'cmtrace' && random.chance(0.002))
    text += `\r\n (${wordRun(random, 2, 5).toLowerCase()})`;
  return { line: formatLine(format, text, clock, random), kind: 'plain' };
}

/** Writes the log to `path` (CRLF line ends, UTF-8) and says what it holds. */
export function writeSyntheticLog(path: string, plan: LogPlan): LogStats {
  const random = createRandom(plan.seed);
  const clock: LineClock = {
    ms: Date.UTC(2009, 10, 19, 3, 0, 0),
    thread: 3120,
    component: 'SMS_AMT_OPERATION_MANAGER',
  };
  const stats: LogStats = { bytes: 0, lines: 0, realLines: 0, patternLines: 0 };
  const fd = openSync(path, 'w');
  let chunk = '';
  let format: LogFormat = 'sms-trace';
  try {
    while (stats.bytes < plan.bytes) {
      if (stats.lines % BLOCK_LINES === 0) format = random.pick(FORMATS);
      const { line, kind } = nextLine(random, plan, format, clock);
      chunk += `${line}\r\n`;
      stats.bytes += Buffer.byteLength(line) + 2;
      stats.lines++;
      if (kind === 'real') stats.realLines++;
      if (kind === 'pattern') stats.patternLines++;
      if (chunk.length >= CHUNK_CHARS) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return stats;
}
