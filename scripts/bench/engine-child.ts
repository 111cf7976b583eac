// Runs one engine measurement in its own process, so that its peak memory is its own, and prints
// the result as one JSON line. Used by run.ts:
//   node engine-child.ts scan LOG PATTERNS_FILE RUNS   raw byte scan of the log file (read + scan)
//   node engine-child.ts diagnose LOG CONTENT_DIR RUNS  decode + diagnose() on the real index
//   node engine-child.ts phases LOG CONTENT_DIR RUNS    parseLog and scanText alone
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { foldPattern } from '../../src/lib/diagnose/aho-corasick.ts';
import { buildByteAutomaton } from '../../src/lib/diagnose/byte-automaton.ts';
import { ByteScanner } from '../../src/lib/diagnose/byte-scanner.ts';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import { parseLog } from '../../src/lib/diagnose/parse.ts';
import { scanText } from '../../src/lib/diagnose/scan-text.ts';

const timed = <T>(work: () => T): { ms: number; value: T } => {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
};

const readText = (path: string): string => decodeLogBytes(new Uint8Array(readFileSync(path))).text;

/**
 * Reads the file in chunks into the scanner and scans them, as a stream does; calls onHit with
 * each hit's end. With `lineOf`, also the number of line breaks before it (the untimed pass).
 */
function scanFile(
  scanner: ByteScanner,
  log: string,
  onHit: (end: number, line: number) => void,
  countLines = false,
): void {
  const data = scanner.data;
  const tailBytes = 64 * 1024;
  const fd = openSync(log, 'r');
  let keep = 0;
  let offset = 0;
  let lines = 0;
  try {
    for (;;) {
      const n = readSync(fd, data, keep, scanner.capacity - keep, null);
      if (n <= 0) break;
      const end = keep + n;
      const base = offset - keep;
      let counted = keep;
      scanner.scan(keep, end, 0, (_, at) => {
        if (countLines) {
          lines += scanner.lineStarts(counted + 1, at);
          counted = Math.max(counted, at - 1);
        }
        onHit(base + at, lines);
      });
      if (countLines) lines += scanner.lineStarts(counted + 1, end + 1);
      // The tail stays for a match that goes on into the next chunk.
      const tail = Math.min(end, tailBytes);
      data.copyWithin(0, end - tail, end);
      offset += n;
      keep = tail;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The raw scan: the file read in 4 MB chunks straight into the byte scanner's memory and scanned
 * (in WebAssembly: with the prefilter for few patterns, else in four lanes), as `oobkb diagnose`
 * streams a large log. Reading is timed with it, as
 * grep's time includes its reading.
 */
function measureScan(log: string, patternsFile: string, runs: number) {
  const patterns = readFileSync(patternsFile, 'utf8').split('\n').filter(Boolean).map(foldPattern);
  const build = timed(() => buildByteAutomaton(patterns));
  const scanner = new ByteScanner(build.value, 4 * 1024 * 1024);
  const scanMs: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    hits = 0;
    scanMs.push(timed(() => scanFile(scanner, log, () => void hits++)).ms);
  }
  // Lines holding a hit (LF-counted, as grep counts; the synthetic log has no lone CR), untimed.
  let hitLines = 0;
  let lastLine = -1;
  scanFile(
    scanner,
    log,
    (_, line) => {
      if (line !== lastLine) hitLines++;
      lastLine = line;
    },
    true,
  );
  return {
    buildMs: build.ms,
    scanMs,
    hits,
    hitLines,
    states: build.value.delta.length / build.value.classCount,
    mode: scanner.prefiltered ? 'prefilter' : scanner.accelerated ? 'four lanes' : 'JavaScript',
  };
}

function measureDiagnose(log: string, contentDir: string, runs: number) {
  const setup = timed(() => createMatcher(loadIndexFromContent(contentDir)));
  const decodeMs: number[] = [];
  const diagnoseMs: number[] = [];
  let summary = { matches: 0, entries: 0, topSlug: '', notice: '' };
  for (let i = 0; i < runs; i++) {
    const decoded = timed(() => decodeLogBytes(new Uint8Array(readFileSync(log))));
    const diagnosis = timed(() =>
      diagnose(setup.value, decoded.value.text, { fileNames: [basename(log)] }),
    );
    decodeMs.push(decoded.ms);
    diagnoseMs.push(diagnosis.ms);
    const d = diagnosis.value;
    summary = {
      matches: d.matches.length,
      entries: d.entries.length,
      topSlug: d.matches[0]?.slug ?? '',
      notice: d.notice ?? '',
    };
  }
  return { indexMs: setup.ms, decodeMs, diagnoseMs, ...summary };
}

function measurePhases(log: string, contentDir: string, runs: number) {
  const matcher = createMatcher(loadIndexFromContent(contentDir));
  const text = readText(log);
  const parseMs: number[] = [];
  const scanTextMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    parseMs.push(timed(() => parseLog(text).length).ms);
    scanTextMs.push(timed(() => scanText(matcher, text, [basename(log)]).messageHits.length).ms);
  }
  return { parseMs, scanTextMs };
}

function measure(args: string[]): object {
  const [mode, log = '', second = '', runs = '3'] = args;
  if (mode === 'scan') return measureScan(log, second, Number(runs));
  if (mode === 'diagnose') return measureDiagnose(log, second, Number(runs));
  if (mode === 'phases') return measurePhases(log, second, Number(runs));
  throw new Error(`unknown mode ${mode}`);
}

const result = measure(process.argv.slice(2));
process.stdout.write(
  `${JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
