// Runs one engine measurement in its own process, so that its peak memory is its own, and prints
// the result as one JSON line. Used by run.ts:
//   node engine-child.ts scan LOG PATTERNS_FILE RUNS   raw Aho-Corasick scan over the log's text
//   node engine-child.ts diagnose LOG CONTENT_DIR RUNS  decode + diagnose() on the real index
//   node engine-child.ts phases LOG CONTENT_DIR RUNS    parseLog and scanText alone
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildAutomaton, foldPattern, scan } from '../../src/lib/diagnose/aho-corasick.ts';
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

/** Lines (counted by LF, as grep counts them) holding at least one hit; not timed. */
function hitLines(
  text: string,
  run: (onHit: (id: number, end: number) => void) => void,
): { hits: number; lines: number } {
  let hits = 0;
  let lines = 0;
  let lastLineStart = -2;
  run((_, end) => {
    hits++;
    const lineStart = text.lastIndexOf('\n', end - 1);
    if (lineStart !== lastLineStart) lines++;
    lastLineStart = lineStart;
  });
  return { hits, lines };
}

function measureScan(log: string, patternsFile: string, runs: number) {
  const patterns = readFileSync(patternsFile, 'utf8').split('\n').filter(Boolean).map(foldPattern);
  const text = readText(log);
  const build = timed(() => buildAutomaton(patterns));
  const scanMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let hits = 0;
    scanMs.push(timed(() => scan(build.value, text, () => void hits++)).ms);
  }
  const counted = hitLines(text, (onHit) => scan(build.value, text, onHit));
  return {
    buildMs: build.ms,
    scanMs,
    hits: counted.hits,
    hitLines: counted.lines,
    states: build.value.delta.length / build.value.classCount,
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
