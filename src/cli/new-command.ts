// NODE ONLY. `oobkb new SLUG [--category C]`: an article folder whose every part still to be
// written is a placeholder that the content check refuses, naming the file and the field.
import { articleFiles } from '../lib/authoring/skeleton.ts';
import type { Lang } from '../schemas/languages.ts';
import { CATEGORIES } from '../schemas/categories.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { checkedSlug, writeArticleFolder } from './article-folder.ts';
import type { CommandResult } from './diagnose-command.ts';
import { InputError } from './problems.ts';

export interface NewCommand {
  contentDir: string;
  category?: string | undefined;
  lang: Lang;
}

/** Runs `oobkb new`; throws InputError for bad usage or an existing folder. */
export function newCommand(args: readonly string[], options: NewCommand): CommandResult {
  if (args.length > 1)
    throw new InputError('new takes one slug, e.g. oobkb new amt-tls-handshake-fails');
  const slug = checkedSlug(args[0]);
  const { category } = options;
  if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category))
    throw new InputError(`--category is one of ${CATEGORIES.join(', ')}, not "${category}"`);
  const written = writeArticleFolder(options.contentDir, slug, articleFiles({ category }));
  const strings = CLI_STRINGS[options.lang];
  return { output: `${strings.wrote(written)}\n${strings.nextNew}`, problems: [], exitCode: 0 };
}
