// NODE ONLY. The command line front end: `oobkb diagnose|explain|timeline PATH...`, `oobkb code CODE`,
// `oobkb show SLUG`, and for authors `oobkb new SLUG`, `oobkb draft FILE --slug S`, `oobkb coverage`.
// Exit 0 with an answer, 1 without one, 2 for bad usage or an input that could
// not be read (one line on stderr each; the other inputs are still used).
import type { IndexLang } from '../lib/diagnose/signature-index.ts';
import { parseTimeBound, type TimeBound, type TimeWindow } from '../lib/diagnose/time-window.ts';
import type { CommandResult } from './diagnose-command.ts';
import type { KnowledgePart } from './knowledge-cache.ts';
import { siteAddress } from './links.ts';
import { writeErr, writeOut } from './output.ts';
import { useStrippedCache } from './ts-cache.cjs';
import { InputError, problemLine } from './problems.ts';
import { USAGE } from './usage.ts';

// bin/oobkb.cjs exits as soon as the output is out (see there).
export { allWritten } from './output.ts';

// node:util through getBuiltinModule: an ESM import of it builds a facade of all its exports,
// which loads streams, worker_threads and more (~6 ms of a start-up).
const { parseArgs } = process.getBuiltinModule('node:util');

// Each command's modules load only when it runs, so `oobkb code` does not start the log parser
// nor `oobkb diagnose` the article renderer (a command's bundle holds only its own: cli-bundle.cjs).
const knowledge = async <P extends KnowledgePart>(contentDir: string, parts: readonly P[]) =>
  (await import('./knowledge-cache.ts')).loadKnowledge(contentDir, parts);

const LANGS: readonly IndexLang[] = ['ja', 'en'];

// Matches a negative decimal number, e.g. -2147012887 (a code) or -540 (a bias), which parseArgs would take for an option.
const RE_NEGATIVE_NUMBER = /^-\d+$/;
// Matches a bias in minutes, e.g. "480", "-540", "+0"
const RE_BIAS = /^[+-]?\d{1,4}$/;

/** Joins "--local-bias -540" into "--local-bias=-540", and sets other negative numbers (codes) apart. */
function splitNumbers(args: readonly string[]): { args: string[]; numbers: string[] } {
  const out: string[] = [];
  const numbers: string[] = [];
  for (const arg of args) {
    if (RE_NEGATIVE_NUMBER.test(arg) && out.at(-1) === '--local-bias')
      out[out.length - 1] = `--local-bias=${arg}`;
    else if (RE_NEGATIVE_NUMBER.test(arg)) numbers.push(arg);
    else out.push(arg);
  }
  return { args: out, numbers };
}

function bound(name: string, text: string | undefined): TimeBound | undefined {
  if (text === undefined) return undefined;
  const parsed = parseTimeBound(text);
  if (!parsed)
    throw new InputError(
      `${name} takes a date and time such as 2009-11-19 or "2009-11-19 11:35", not "${text}"`,
    );
  return parsed;
}

function options(argv: readonly string[]) {
  const { args, numbers } = splitNumbers(argv);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      since: { type: 'string' },
      until: { type: 'string' },
      'local-bias': { type: 'string' },
      site: { type: 'string' },
      category: { type: 'string' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const lang = LANGS.find((l) => l === values.lang);
  if (!lang) throw new InputError(`--lang must be ja or en, not "${values.lang}"`);
  const bias = values['local-bias'];
  if (bias !== undefined && !RE_BIAS.test(bias))
    throw new InputError(`--local-bias takes minutes such as 480 or -540, not "${bias}"`);
  const window: TimeWindow | undefined =
    values.since === undefined && values.until === undefined
      ? undefined
      : { since: bound('--since', values.since), until: bound('--until', values.until) };
  return {
    json: values.json,
    all: values.all,
    lang,
    help: values.help,
    window,
    localBias: bias === undefined ? undefined : Number(bias),
    site: siteAddress(values.site),
    category: values.category,
    slug: values.slug,
    positionals: [...positionals, ...numbers],
  };
}

type Options = ReturnType<typeof options>;

/** The width `show` wraps to: the terminal's, else $COLUMNS, else 80. */
function terminalWidth(): number {
  const columns = process.getBuiltinModule('node:tty').isatty(1)
    ? process.stdout.columns
    : Number(process.env['COLUMNS']);
  return Number.isFinite(columns) && columns >= 20 ? columns : 80;
}

async function runCode(
  codes: readonly string[],
  o: Options,
  contentDir: string,
): Promise<CommandResult> {
  if (codes.length !== 1)
    throw new InputError('code needs exactly one error code, e.g. oobkb code 0x80072EE9');
  const { describeCode, humanCode } = await import('./code-command.ts');
  const info = describeCode(codes[0]!, (await knowledge(contentDir, ['index'])).index, o.lang);
  return {
    output: o.json ? JSON.stringify(info, null, 2) : humanCode(info, o.lang, o.site),
    problems: [],
    exitCode: info.known ? 0 : 1,
  };
}

async function run(command: string, o: Options, contentDir: string): Promise<CommandResult> {
  // A command's bundle imports the other modules from the sources, stripped of their types by the
  // cache's hooks (registered once; bin/oobkb.cjs did it already when it runs the sources).
  useStrippedCache();
  const common = { json: o.json, lang: o.lang, window: o.window, localBias: o.localBias };
  switch (command) {
    case 'diagnose':
      return (await import('./diagnose-command.ts')).diagnoseCommand(o.positionals, {
        ...common,
        contentDir,
        site: o.site,
      });
    case 'explain':
      if (o.window) throw new InputError('explain takes no --since/--until (diagnose does)');
      return (await import('./explain-command.ts')).explainCommand(o.positionals, {
        json: o.json,
        lang: o.lang,
        contentDir,
      });
    case 'timeline':
      return (await import('./timeline-command.ts')).timelineCommand(o.positionals, {
        ...common,
        all: o.all,
      });
    case 'code':
      return runCode(o.positionals, o, contentDir);
    case 'show':
      return (await import('./show-command.ts')).showCommand(
        o.positionals,
        (await knowledge(contentDir, ['texts'])).texts,
        {
          lang: o.lang,
          width: terminalWidth(),
          site: o.site,
        },
      );
    case 'new':
      return (await import('./new-command.ts')).newCommand(o.positionals, {
        contentDir,
        category: o.category,
        lang: o.lang,
      });
    case 'draft':
      return (await import('./draft-command.ts')).draftCommand(o.positionals, {
        contentDir,
        slug: o.slug,
        lang: o.lang,
      });
    case 'coverage':
      return (await import('./coverage-command.ts')).coverageCommand({
        contentDir,
        json: o.json,
        lang: o.lang,
      });
    default:
      throw new InputError(`unknown command "${command}"`);
  }
}

/** What `oobkb diagnose PATHS` prints (for the check that compares it with the widget). */
export async function runDiagnose(
  paths: string[],
  json: boolean,
  lang: IndexLang,
  contentDir: string,
): Promise<string> {
  const { diagnoseCommand } = await import('./diagnose-command.ts');
  return (await diagnoseCommand(paths, { json, lang, contentDir })).output;
}

/** Runs the CLI; returns the exit code. `contentDir` is where the knowledge base lives. */
export async function main(argv: readonly string[], contentDir: string): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      writeOut(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    const o = options(rest);
    if (o.help) {
      writeOut(`${USAGE}\n`);
      return 0;
    }
    const result = await run(command, o, contentDir);
    for (const problem of result.problems) writeErr(`${problemLine(problem)}\n`);
    if (result.output) writeOut(`${result.output}\n`);
    return result.exitCode;
  } catch (error) {
    if ((error as Error).name === 'ContentError') {
      writeErr(`oobkb: ${(error as Error).message}\n`);
      return 2;
    }
    const known =
      error instanceof InputError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = (error as Error).message.split('\n')[0];
    writeErr(`oobkb: ${known ? message : `internal error: ${message}`}\n`);
    if (known) writeErr(`${USAGE.split('\n\n')[0]}\n`);
    return 2;
  }
}
