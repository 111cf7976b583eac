// NODE ONLY. `oobkb draft FILE --slug S`: the widget's "Start an article from this log" on the
// command line. The same pure draft (src/lib/authoring/draft.ts) from the same compiled knowledge
// base, written as an article folder.
import { draftArticle } from '../lib/authoring/draft.ts';
import type { Lang } from '../schemas/languages.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { checkedSlug, writeArticleFolder } from './article-folder.ts';
import { createMatcher } from '../lib/diagnose/matcher.ts';
import { readCommandInputs, type CommandResult } from './diagnose-command.ts';
import { loadKnowledge } from './knowledge-cache.ts';
import { InputError } from './problems.ts';
import { Progress } from './progress.ts';

export interface DraftCommand {
  contentDir: string;
  slug: string | undefined;
  lang: Lang;
}

// Matches the list of signatures a draft found nothing for: "signatures: []"
const RE_NO_SIGNATURES = /^signatures: \[\]$/m;

/** Runs `oobkb draft`; throws InputError for bad usage or an existing folder. */
export async function draftCommand(
  paths: readonly string[],
  options: DraftCommand,
): Promise<CommandResult> {
  if (options.slug === undefined)
    throw new InputError(
      'draft needs --slug, e.g. oobkb draft amtopmgr.log --slug amt-tls-handshake-fails',
    );
  const slug = checkedSlug(options.slug);
  const read = readCommandInputs('draft', paths, new Progress());
  if ('exitCode' in read) return read;
  if (read.problems.some((p) => p.error))
    return { output: '', problems: read.problems, exitCode: 2 };
  const { index, automaton } = await loadKnowledge(options.contentDir, ['index', 'automaton']);
  const files = draftArticle({
    text: read.inputs.map((i) => i.decoded.text).join('\n'),
    fileNames: read.inputs.map((i) => i.name),
    matcher: createMatcher(index, automaton),
  });
  const written = writeArticleFolder(options.contentDir, slug, files);
  const strings = CLI_STRINGS[options.lang];
  const none = RE_NO_SIGNATURES.test(files['facts.yaml']) ? [strings.draftNoLines] : [];
  return {
    output: [strings.wrote(written), ...none, strings.nextDraft].join('\n'),
    problems: read.problems,
    exitCode: 0,
  };
}
