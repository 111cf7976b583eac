// npm run bench: measures the diagnosis engine against grep and the widget in Chromium, prints a
// report, and writes it to bench-results/ as JSON and Markdown. It measures; it does not assert.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBrowser } from './browser-bench.ts';
import { benchCli, benchStartup } from './cli-bench.ts';
import { benchFolder } from './folder-bench.ts';
import { GREP_LOCALE } from './grep.ts';
import { writeInputs } from './inputs.ts';
import { describeMachine } from './machine.ts';
import { MB } from './measure.ts';
import { benchKbGrep, benchPipeline } from './pipeline-bench.ts';
import { markdownReport, textReport } from './report.ts';
import type { BenchResults } from './results.ts';
import { benchScale } from './scale-bench.ts';
import { benchEvaluation } from './evaluation-bench.ts';
import { benchFirstQueries } from './search-bench.ts';
import { benchScanSet, type ScanRow } from './scan-bench.ts';
import { judgeTargets } from './targets.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 3;
const SIZES = [10, 100, 1000, 10_000] as const;
const SEED = 20091119;
/** Generated articles added to the 15 real ones for the scale section. */
const SCALE_SIZES = [1000, 2000] as const;
/** Copies of the 100 MB log in the folder section: about 1 GB. */
const FOLDER_COPIES = 10;
/** A ConfigMgr log's default maximum size. */
const BROWSER_LOG_BYTES = 2.5 * MB;
// Matches the milliseconds of an ISO date, e.g. ".123Z" in 2025-11-24T01:30:00.123Z
const RE_MILLISECONDS = /\.\d+Z$/;

const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<void> {
  process.chdir(ROOT);
  const started = performance.now();
  const machine = describeMachine();
  progress('writing the synthetic logs and signature sets');
  const files = writeInputs({
    contentDir: 'content',
    seed: SEED,
    logBytes: 100 * MB,
    browserLogBytes: BROWSER_LOG_BYTES,
    sizes: SIZES,
  });
  try {
    progress('CLI start-up');
    const startup = benchStartup(files.tinyLog);
    const scan: ScanRow[] = [];
    for (const set of files.sets) {
      progress(`raw scan and grep, ${set.count} patterns`);
      scan.push(benchScanSet(files.log, files.inputs.log.bytes, set, RUNS));
    }
    progress('decode + diagnose() with the real index');
    const kbGrep = benchKbGrep(
      files.kbPatterns,
      files.inputs.index.messagePatterns,
      files.log,
      files.inputs.log.bytes,
      RUNS,
    );
    const pipeline = benchPipeline(files.log, files.inputs.log.bytes, 'content', RUNS, kbGrep);
    progress('CLI');
    const cli = benchCli(files.log, files.tinyLog, files.kbPatterns, RUNS, startup);
    progress('CLI on a 1 GB folder');
    const folder = benchFolder(
      files.dir,
      files.log,
      files.inputs.log.bytes,
      FOLDER_COPIES,
      files.kbPatterns,
    );
    progress('widget in Chromium');
    const browser = await benchBrowser('dist', files.browserLog, RUNS);
    progress('first search query in Chromium');
    const firstQueries = existsSync('dist/pagefind')
      ? await benchFirstQueries('dist')
      : { skipped: 'run npm run build first' };
    progress('evaluation set: widget and site search');
    const evaluation = existsSync('dist/pagefind')
      ? await benchEvaluation('dist')
      : { skipped: 'run npm run build first' };
    const scale = benchScale(files.dir, SCALE_SIZES, progress);
    const results: BenchResults = {
      machine,
      inputs: { ...files.inputs, runs: RUNS, grepLocale: GREP_LOCALE },
      scan,
      kbGrep,
      pipeline,
      cli,
      folder,
      browser,
      scale,
      firstQueries,
      evaluation,
      targets: judgeTargets(scan, cli, browser, folder),
      elapsedSeconds: (performance.now() - started) / 1000,
    };
    const stamp = machine.date.replaceAll(':', '-').replace(RE_MILLISECONDS, 'Z');
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      join('bench-results', `bench-${stamp}.json`),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    writeFileSync(join('bench-results', `bench-${stamp}.md`), markdownReport(results));
    process.stdout.write(
      `${textReport(results)}\n\nWritten: bench-results/bench-${stamp}.json and .md\n`,
    );
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}

await main();
