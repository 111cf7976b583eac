// The whole report, as terminal text and as Markdown: machine, inputs, the four tables, targets.
import { fixed, int, verdict } from './format.ts';
import { browserTable } from './report-browser.ts';
import { cliTable, folderTable, pipelineTable, scanTable } from './report-engine.ts';
import type { BenchResults } from './results.ts';
import { evaluationTable } from './evaluation-bench.ts';
import { firstQueryTable, scaleTable } from './report-scale.ts';
import { markdownTable, textTable, type Table } from './table.ts';

function header(r: BenchResults): string[] {
  const m = r.machine;
  const { log, browserLog } = r.inputs;
  return [
    `Date: ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${fixed(m.memoryGiB)} GiB RAM, ${m.platform}; Node ${m.node}; ${m.grep}; load average at start ${fixed(m.load, 2)}`,
    `Log: ${fixed(log.bytes / 2 ** 20)} MB synthetic (seed ${r.inputs.seed}): ${int(log.lines)} lines, ${int(log.realLines)} real signature lines, ${int(log.patternLines)} lines with a synthetic pattern`,
    `Browser log: ${fixed(browserLog.bytes / 2 ** 20, 2)} MB, ${int(browserLog.lines)} lines, ${int(browserLog.realLines)} real signature lines`,
    `Every time is the median of ${r.inputs.runs} runs unless marked; MB = 2^20 bytes. Whole benchmark: ${int(r.elapsedSeconds)} s.`,
  ];
}

const tables = (r: BenchResults): Table[] => [
  scanTable(r),
  pipelineTable(r),
  cliTable(r),
  folderTable(r),
  browserTable(r.browser),
  ...('skipped' in r.firstQueries ? [] : [firstQueryTable(r.firstQueries)]),
  ...('skipped' in r.evaluation ? [] : [evaluationTable(r.evaluation)]),
  scaleTable(r.scale),
];

const targetLines = (r: BenchResults): string[] =>
  r.targets.map((t) => `[${verdict(t.met)}] ${t.name}: ${t.detail}`);

/** The report for the terminal. */
export function textReport(r: BenchResults): string {
  return [
    'oobkb benchmark',
    '===============',
    ...header(r),
    '',
    ...tables(r).flatMap((t) => [textTable(t), '']),
    'Targets',
    '-------',
    ...targetLines(r),
  ].join('\n');
}

/** The report as a Markdown document. */
export function markdownReport(r: BenchResults): string {
  return [
    '# oobkb benchmark',
    '',
    ...header(r).map((l) => `- ${l}`),
    '',
    ...tables(r).flatMap((t) => [markdownTable(t), '']),
    '## Targets',
    '',
    ...targetLines(r).map((l) => `- ${l}`),
    '',
  ].join('\n');
}
