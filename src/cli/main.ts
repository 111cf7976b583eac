// NODE ONLY. The command line front end: `oobkb diagnose FILE… | -` and `oobkb code CODE`.
// Exit 0 when it ran (match or not), 2 for bad usage or unreadable input, with one line on stderr.
import { parseArgs } from 'node:util';
import { diagnose } from '../lib/diagnose/diagnose.ts';
import { countLines } from '../lib/diagnose/parse-lines.ts';
import { loadIndexFromContent } from '../lib/content/load-index-fs.ts';
import { createMatcher } from '../lib/diagnose/matcher.ts';
import type { IndexLang } from '../lib/diagnose/signature-index.ts';
import { describeCode, humanCode } from './code-command.ts';
import { InputError, readInputs } from './read-input.ts';
import { humanReport, jsonReport, type InputSpan } from './report.ts';

const USAGE = `usage: oobkb diagnose FILE... | -  [--json] [--lang ja|en]
       oobkb code CODE                [--json] [--lang ja|en]`;

// Matches a negative decimal code, e.g. -2147012887, which parseArgs would take for an option.
const RE_NEGATIVE_NUMBER = /^-\d+$/;

function options(args: string[]) {
  const numbers = args.filter((a) => RE_NEGATIVE_NUMBER.test(a));
  const { values, positionals } = parseArgs({
    args: args.filter((a) => !RE_NEGATIVE_NUMBER.test(a)),
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.lang !== 'ja' && values.lang !== 'en') throw new InputError(`--lang must be ja or en, not "${values.lang}"`);
  const lang: IndexLang = values.lang === 'ja' ? 'ja' : 'en';
  return { json: values.json, lang, help: values.help, positionals: [...positionals, ...numbers] };
}

/** What `oobkb diagnose PATHS` prints (exported for the check that compares it with the widget). */
export function runDiagnose(paths: string[], json: boolean, lang: IndexLang, contentDir: string): string {
  if (!paths.length) throw new InputError('diagnose needs a file, or - for standard input');
  const inputs = readInputs(paths);
  const spans: InputSpan[] = [];
  let firstLine = 1;
  for (const input of inputs) {
    spans.push({ name: input.name, firstLine });
    firstLine += countLines(input.decoded.text);
  }
  const text = inputs.map((i) => i.decoded.text).join('\n');
  const index = loadIndexFromContent(contentDir);
  const diagnosis = diagnose(createMatcher(index), text, { fileNames: inputs.map((i) => i.name) });
  return json ? JSON.stringify(jsonReport(diagnosis, index, lang, spans), null, 2) : humanReport(diagnosis, index, lang, spans);
}

function runCode(codes: string[], json: boolean, lang: IndexLang, contentDir: string): string {
  if (codes.length !== 1) throw new InputError('code needs exactly one error code, e.g. oobkb code 0x80072EE9');
  const info = describeCode(codes[0]!, loadIndexFromContent(contentDir), lang);
  return json ? JSON.stringify(info, null, 2) : humanCode(info, lang);
}

/** Runs the CLI; returns the exit code. `contentDir` is where the knowledge base lives. */
export function main(argv: string[], contentDir: string): number {
  try {
    const [command, ...rest] = argv;
    const { json, lang, help, positionals } = options(rest);
    if (help || command === undefined || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'diagnose') process.stdout.write(`${runDiagnose(positionals, json, lang, contentDir)}\n`);
    else if (command === 'code') process.stdout.write(`${runCode(positionals, json, lang, contentDir)}\n`);
    else throw new InputError(`unknown command "${command}"`);
    return 0;
  } catch (error) {
    const known = error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`oobkb: ${known ? (error as Error).message.split('\n')[0] : `internal error: ${(error as Error).message.split('\n')[0]}`}\n`);
    if (known) process.stderr.write(`${USAGE}\n`);
    return known ? 2 : 1;
  }
}
