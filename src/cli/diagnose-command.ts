// NODE ONLY. `oobkb diagnose PATH...`: every input diagnosed together, as one text whose line
// numbers are mapped back to each file (report.ts), optionally only the entries in a time window.
import { diagnose, type Diagnosis } from '../lib/diagnose/diagnose.ts';
import { parseLog } from '../lib/diagnose/parse.ts';
import { splitLines } from '../lib/diagnose/parse-lines.ts';
import type { IndexLang, SignatureIndex } from '../lib/diagnose/signature-index.ts';
import { textInWindow, type TimeWindow } from '../lib/diagnose/time-window.ts';
import { commonBias, timeEntries } from '../lib/diagnose/timeline.ts';
import { createMatcher } from '../lib/diagnose/matcher.ts';
import { collectInputs, shouldStreamInputs, type Collected } from './collect-inputs.ts';
import { loadKnowledge } from './knowledge-cache.ts';
import type { Problem } from './problems.ts';
import { InputError } from './problems.ts';
import { Progress } from './progress.ts';
import { nothingToRead, readInputs, type Input, type ReadInputs } from './read-input.ts';
import { humanReport, inputSpans, jsonReport, type ReportContext } from './report.ts';

export interface DiagnoseCommand {
  json: boolean;
  lang: IndexLang;
  contentDir: string;
  site?: string | undefined;
  window?: TimeWindow | undefined;
  /** Minutes to add to times written without an offset (else the bias the logs state most). */
  localBias?: number | undefined;
}

/** What a command prints and how it ends: 0 an answer, 1 none, 2 an error or a refusal. */
export interface CommandResult {
  output: string;
  problems: Problem[];
  exitCode: 0 | 1 | 2;
}

/**
 * The inputs of a command that reads logs, or the refusal when there is nothing to read: no path
 * given (an input error), or every path skipped (exit 2, saying what was skipped).
 */
export function readCommandInputs(
  command: 'diagnose' | 'timeline' | 'draft' | 'explain',
  paths: readonly string[],
  progress: Progress,
  collected?: Collected,
): ReadInputs | CommandResult {
  if (!paths.length)
    throw new InputError(`${command} needs a file or folder, or - for standard input`);
  const read = readInputs(collected ?? collectInputs(paths), progress);
  if (read.inputs.length) return read;
  progress.done();
  const what = command === 'timeline' ? 'nothing to read' : `nothing to ${command}`;
  return {
    output: '',
    problems: [
      ...read.problems,
      { path: paths.join(' '), message: nothingToRead(what, read.skipped), error: true },
    ],
    exitCode: 2,
  };
}

/** Diagnosing runs at roughly this many bytes a second (for when to show progress). */
const BYTES_PER_MS = 20_000;

/** The inputs' texts cut to the window, and what it kept. */
function windowed(inputs: readonly Input[], window: TimeWindow, localBias: number | undefined) {
  const files = inputs.map((input) => ({
    lines: splitLines(input.decoded.text),
    timed: timeEntries(parseLog(input.decoded.text)),
  }));
  const bias = localBias ?? commonBias(files.flatMap((f) => f.timed)) ?? 0;
  const cut = files.map((f) => textInWindow(f.lines, f.timed, window, bias));
  const totals = { kept: 0, of: 0, untimed: 0 };
  files.forEach((f, i) => {
    totals.kept += cut[i]!.kept;
    totals.of += f.timed.length;
    totals.untimed += cut[i]!.untimed;
  });
  return { texts: cut.map((c) => c.text), totals };
}

/** Prints a diagnosis as the options ask. */
function printed(
  diagnosis: Diagnosis,
  index: SignatureIndex,
  options: DiagnoseCommand,
  context: ReportContext,
): string {
  return options.json
    ? JSON.stringify(jsonReport(diagnosis, index, options.lang, context), null, 2)
    : humanReport(diagnosis, index, options.lang, context);
}

/** `oobkb diagnose` on inputs large enough to stream (see stream-inputs.ts). */
async function diagnoseStreamed(
  collected: Collected,
  options: DiagnoseCommand,
  progress: Progress,
): Promise<CommandResult> {
  const { index, automaton, streamAutomaton, scannerImage } = await loadKnowledge(
    options.contentDir,
    ['index', 'automaton', 'streamAutomaton', 'scannerImage'],
  );
  // The stream's modules load only for inputs large enough to stream.
  const [{ streamInputs }, { createStreamMatcher }] = await Promise.all([
    import('./stream-inputs.ts'),
    import('../lib/diagnose/stream-matcher.ts'),
  ]);
  // The byte automaton and its scanner's start from the cache, unless the automaton was made for
  // other patterns (then both are made again).
  const streamMatcher = createStreamMatcher(
    createMatcher(index, automaton),
    streamAutomaton,
    scannerImage,
  );
  const read = streamInputs(collected, streamMatcher, progress);
  progress.done();
  const errors = read.problems.some((p) => p.error);
  if (!read.spans.length) {
    const nothing = nothingToRead('nothing to diagnose', read.skipped);
    return {
      output: '',
      problems: [
        ...read.problems,
        { path: collected.sources.map((s) => s.path).join(' '), message: nothing, error: true },
      ],
      exitCode: 2,
    };
  }
  const context: ReportContext = {
    spans: read.spans,
    site: options.site,
    problems: read.problems,
    skipped: read.skipped,
  };
  return {
    output: printed(read.diagnosis, index, options, context),
    problems: read.problems,
    exitCode: errors ? 2 : read.diagnosis.matches.length ? 0 : 1,
  };
}

/** Runs `oobkb diagnose`; throws InputError for bad usage only. */
export async function diagnoseCommand(
  paths: readonly string[],
  options: DiagnoseCommand,
  progress = new Progress(),
): Promise<CommandResult> {
  // Large inputs stream (memory stays flat); --since/--until needs every entry's time, so it reads whole.
  const collected = paths.length ? collectInputs(paths) : undefined;
  if (collected && !options.window && shouldStreamInputs(collected))
    return diagnoseStreamed(collected, options, progress);
  const read = readCommandInputs('diagnose', paths, progress, collected);
  if ('exitCode' in read) return read;
  const errors = read.problems.some((p) => p.error);
  const cut = options.window && windowed(read.inputs, options.window, options.localBias);
  const texts = cut ? cut.texts : read.inputs.map((i) => i.decoded.text);
  const spans = inputSpans(
    read.inputs.map((i) => i.name),
    texts,
  );
  const { index, automaton } = await loadKnowledge(options.contentDir, ['index', 'automaton']);
  progress.update(
    `oobkb: diagnosing ${Math.round(read.bytes / 1048576)} MB in ${read.inputs.length} ${read.inputs.length === 1 ? 'file' : 'files'}…`,
    read.bytes / BYTES_PER_MS,
  );
  const fileNames = read.inputs.map((i) => i.name);
  const diagnosis = diagnose(createMatcher(index, automaton), texts.join('\n'), {
    fileNames,
    fileStarts: spans.map((s) => s.firstLine),
  });
  progress.done();
  const context: ReportContext = {
    spans,
    site: options.site,
    problems: read.problems,
    skipped: read.skipped,
    ...(cut ? { window: cut.totals } : {}),
  };
  return {
    output: printed(diagnosis, index, options, context),
    problems: read.problems,
    exitCode: errors ? 2 : diagnosis.matches.length ? 0 : 1,
  };
}
