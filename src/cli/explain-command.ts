// NODE ONLY. `oobkb explain PATH...`: for each entry with an error, a warning or a code, every
// signature tried, which of its parts held, what was missing, and why a close one did not fire.
// The inputs are joined and judged exactly as `oobkb diagnose` joins and judges them.
import { explainEntries, firesAny } from '../lib/diagnose/explain-entries.ts';
import type { IndexLang } from '../lib/diagnose/signature-index.ts';
import { createMatcher } from '../lib/diagnose/matcher.ts';
import { readCommandInputs, type CommandResult } from './diagnose-command.ts';
import { humanExplanation, jsonExplanation } from './explain-report.ts';
import { loadKnowledge } from './knowledge-cache.ts';
import { Progress } from './progress.ts';
import { inputSpans } from './report.ts';

export interface ExplainCommand {
  json: boolean;
  lang: IndexLang;
  contentDir: string;
}

/** Runs `oobkb explain`: exit 0 when some entry fires a signature (strongly or possibly), 1 when none, 2 on an error. */
export async function explainCommand(
  paths: readonly string[],
  options: ExplainCommand,
  progress = new Progress(),
): Promise<CommandResult> {
  const read = readCommandInputs('explain', paths, progress);
  if ('exitCode' in read) return read;
  const texts = read.inputs.map((i) => i.decoded.text);
  const spans = inputSpans(
    read.inputs.map((i) => i.name),
    texts,
  );
  const { index, automaton } = await loadKnowledge(options.contentDir, ['index', 'automaton']);
  const explanation = explainEntries(createMatcher(index, automaton), texts.join('\n'), {
    fileNames: read.inputs.map((i) => i.name),
    fileStarts: spans.map((s) => s.firstLine),
  });
  progress.done();
  const context = { spans, problems: read.problems };
  const output = options.json
    ? JSON.stringify(jsonExplanation(explanation, index, options.lang, context), null, 2)
    : humanExplanation(explanation, index, options.lang, context);
  const errors = read.problems.some((p) => p.error);
  return {
    output,
    problems: read.problems,
    exitCode: errors ? 2 : firesAny(explanation) ? 0 : 1,
  };
}
