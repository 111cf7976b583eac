// NODE ONLY. Shapes an explanation for the CLI: the --json object and the human-readable text.
// Every word about a signature comes from the engine's explain.ts, as on the site's Explain view.
import { describeNothingTried, describeTried } from '../lib/diagnose/explain.ts';
import type { Explanation } from '../lib/diagnose/explain-entries.ts';
import { formatCode } from '../lib/diagnose/codes.ts';
import type { IndexLang, SignatureIndex } from '../lib/diagnose/signature-index.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import type { Problem } from './problems.ts';
import { locate, problemsJson, type InputSpan } from './report.ts';

export interface ExplainContext {
  spans: readonly InputSpan[];
  problems?: readonly Problem[];
}

/** What `oobkb explain --json` prints. */
export type JsonExplanation = ReturnType<typeof jsonExplanation>;

/**
 * { files, entries, explained: [{ file, line, lines, text, severity, component?, codes,
 * signatures: [{ signature, article, title, verdict, verdictText, parts: [{ holds, text }],
 * missing, reason? }] }], problems? }
 */
export function jsonExplanation(
  explanation: Explanation,
  index: SignatureIndex,
  lang: IndexLang,
  context: ExplainContext,
) {
  const titles = new Map(index.articles.map((a) => [a.slug, a.title[lang]]));
  return {
    files: context.spans.map((s) => s.name),
    entries: explanation.entries,
    explained: explanation.explained.map(({ entry, tried }) => ({
      ...locate(context.spans, entry.lineStart),
      lines: entry.lineEnd - entry.lineStart + 1,
      text: entry.message,
      severity: entry.severity,
      ...(entry.component ? { component: entry.component } : {}),
      codes: entry.codes.map((c) => formatCode(c.value)),
      signatures: tried.map((t) => {
        const words = describeTried(t, lang);
        return { ...words, title: titles.get(t.article) ?? t.article };
      }),
    })),
    ...problemsJson(context.problems),
  };
}

/** Characters of an entry's message shown on its line; the rest is cut with "…". */
const MAX_SHOWN = 160;
// Matches a run of white space, line breaks included, e.g. "\n  "
const RE_SPACES = /\s+/g;

/** The message on one line, white space runs as one space, cut to MAX_SHOWN. */
function shown(text: string): string {
  const flat = text.replace(RE_SPACES, ' ').trim();
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}

/** The mark of a verdict: ✓ fires, ~ is close, ✗ cannot be the entry. */
const VERDICT_MARK = { strong: '✓', possible: '~', rejected: '✗' } as const;

/** Human-readable text: per entry its place and text, then each signature tried with its parts. */
export function humanExplanation(
  explanation: Explanation,
  index: SignatureIndex,
  lang: IndexLang,
  context: ExplainContext,
): string {
  const report = jsonExplanation(explanation, index, lang, context);
  const strings = CLI_STRINGS[lang];
  const out = [
    strings.explainHeadline(report.files.join(', '), report.entries, report.explained.length),
  ];
  if (!report.explained.length) out.push(strings.nothingToExplain);
  for (const e of report.explained) {
    const place =
      e.lines > 1 ? `${e.file}:${e.line}-${e.line + e.lines - 1}` : `${e.file}:${e.line}`;
    out.push('', `${place}: ${shown(e.text)}`);
    if (!e.signatures.length) out.push(`  ${describeNothingTried(lang)}`);
    for (const s of e.signatures) {
      const reason = s.reason ? `: ${s.reason}` : '';
      out.push(
        `  ${VERDICT_MARK[s.verdict]} ${s.article} [${s.signature}] — ${s.verdictText}${reason}`,
      );
      for (const part of s.parts) out.push(`      ${part.holds ? '✓' : '✗'} ${part.text}`);
      for (const missing of s.missing) out.push(`      ${strings.lacks}: ${missing}`);
    }
  }
  return out.join('\n');
}
