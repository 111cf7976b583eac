// NODE ONLY. `oobkb coverage`: per signature, the line forms its samples cover, and the codes and
// logs of the catalogues that no article covers. Reads content/ itself (the samples are not in the
// compiled index); exit 0, or 2 when the content does not validate.
import { coverage, oneFormWarnings, type Coverage } from '../lib/authoring/coverage.ts';
import { formatProblems } from '../lib/content/integrity.ts';
import { loadKnowledgeBase } from '../lib/content/load-fs.ts';
import type { Lang } from '../schemas/languages.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import type { CommandResult } from './diagnose-command.ts';
import { ContentError } from './problems.ts';

export interface CoverageCommand {
  contentDir: string;
  json: boolean;
  lang: Lang;
}

function humanCoverage(c: Coverage, lang: Lang): string {
  const s = CLI_STRINGS[lang].coverage;
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : s.none);
  const lines = [s.heading];
  let slug = '';
  for (const sig of c.signatures) {
    if (sig.slug !== slug) lines.push('', (slug = sig.slug));
    lines.push(
      `  ${sig.signature} (${s.samples(sig.samples)}): ${list(sig.forms.map((f) => s.forms[f]))}`,
    );
  }
  const oneForm = oneFormWarnings(c);
  lines.push('', s.oneForm, ...(oneForm.length ? oneForm.map((w) => `  ${w}`) : [`  ${s.none}`]));
  lines.push('', `${s.codesWithoutArticle} ${list(c.codesWithoutArticle)}`);
  lines.push(`${s.logsWithoutArticle} ${list(c.logsWithoutArticle)}`);
  lines.push(`${s.codesNotCatalogued} ${list(c.codesNotCatalogued)}`);
  return lines.join('\n');
}

/** Runs `oobkb coverage`. */
export function coverageCommand(options: CoverageCommand): CommandResult {
  const kb = loadKnowledgeBase(options.contentDir);
  if (kb.problems.length)
    throw new ContentError(`invalid content:\n${formatProblems(kb.problems)}`);
  const c = coverage(kb);
  const output = options.json ? JSON.stringify(c, null, 2) : humanCoverage(c, options.lang);
  return { output, problems: [], exitCode: 0 };
}
