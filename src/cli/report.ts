// NODE ONLY. Shapes a diagnosis for the CLI: the --json object and the human-readable text.
import { countLines } from '../lib/diagnose/parse-lines.ts';
import { routes } from '../lib/routes.ts';
import type { Diagnosis } from '../lib/diagnose/diagnose.ts';
import { describeMissing } from '../lib/diagnose/explain.ts';
import type { IndexLang, SignatureIndex } from '../lib/diagnose/signature-index.ts';
import { articleRef, pageRef } from './links.ts';
import type { Problem } from './problems.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';

/** Where each input starts in the joined text, to turn joined line numbers back into file lines. */
export interface InputSpan {
  name: string;
  firstLine: number;
}

/** What the report says besides the diagnosis: the inputs, the site's address, what was left out. */
export interface ReportContext {
  spans: readonly InputSpan[];
  /** The site's address (see links.ts), for full links. */
  site?: string | undefined;
  problems?: readonly Problem[];
  /** Files skipped in folders: not logs by name, or binary. */
  skipped?: { other: number; binary: number };
  /** With --since/--until: the entries kept of all, and those left out for having no time. */
  window?: { kept: number; of: number; untimed: number };
}

/** The --json field of the problems met while reading, when there were any. */
export function problemsJson(problems: readonly Problem[] = []) {
  return problems.length
    ? { problems: problems.map((p) => ({ file: p.path, message: p.message, error: p.error })) }
    : {};
}

/** Where each input starts when their texts are joined by a line break. */
export function inputSpans(names: readonly string[], texts: readonly string[]): InputSpan[] {
  const spans: InputSpan[] = [];
  let firstLine = 1;
  names.forEach((name, i) => {
    spans.push({ name, firstLine });
    firstLine += countLines(texts[i]!);
  });
  return spans;
}

/** A line of the joined text as its file's name and line. */
export function locate(spans: readonly InputSpan[], line: number): { file: string; line: number } {
  let span = spans[0]!;
  for (const s of spans) if (s.firstLine <= line) span = s;
  return { file: span.name, line: line - span.firstLine + 1 };
}

/** The --json object: { matches: [{ slug, title, score, confidence, evidence: [{ line, text, signature }], occurrences }], entries, codes }. */
/** What `oobkb diagnose --json` prints. */
export type JsonReport = ReturnType<typeof jsonReport>;

export function jsonReport(
  diagnosis: Diagnosis,
  index: SignatureIndex,
  lang: IndexLang,
  context: ReportContext,
) {
  const { spans, site } = context;
  const titles = new Map(index.articles.map((a) => [a.slug, a.title[lang]]));
  return {
    matches: diagnosis.matches.map((m) => ({
      slug: m.slug,
      title: titles.get(m.slug) ?? m.slug,
      ...(site ? { url: articleRef(site, lang, m.slug) } : {}),
      score: m.score,
      confidence: m.confidence,
      via: m.via,
      evidence: m.evidence.map((e) => ({
        ...locate(spans, e.lineStart),
        text: e.message,
        signature: e.signature,
      })),
      occurrences: m.occurrences,
      missing: m.missing.map((x) => describeMissing(x, lang)),
      ...(m.terms.length ? { terms: m.terms } : {}),
    })),
    entries: diagnosis.entries.length,
    ...(diagnosis.stream
      ? {
          streamed: {
            bytes: diagnosis.stream.bytes,
            lines: diagnosis.stream.lines,
            parsedEntries: diagnosis.stream.parsedEntries,
          },
        }
      : {}),
    files: spans.map((s) => s.name),
    codes: diagnosis.codes.map((c) => ({
      code: c.code,
      facility: c.hresult.facilityName ?? c.hresult.facility,
      ...(c.hresult.win32 !== undefined ? { win32: c.hresult.win32 } : {}),
      ...(c.known ? { names: c.known.names, message: c.known.message[lang] } : {}),
      count: c.count,
      ...locate(spans, c.firstLine),
    })),
    ...(diagnosis.notice ? { notice: diagnosis.notice } : {}),
    ...(diagnosis.searchQuery
      ? { search: pageRef(site, routes.search(lang, diagnosis.searchQuery)) }
      : {}),
    ...(context.skipped && context.skipped.other + context.skipped.binary
      ? { skipped: context.skipped }
      : {}),
    ...(context.window ? { window: context.window } : {}),
    ...problemsJson(context.problems),
  };
}

/** The first line: the inputs (the first few when there are many) and the entries read. */
function headline(report: JsonReport, lang: IndexLang): string {
  const n = report.entries;
  const count = report.streamed
    ? CLI_STRINGS[lang].streamed(
        report.streamed.lines,
        report.streamed.bytes,
        report.streamed.parsedEntries,
      )
    : CLI_STRINGS[lang].entries(n);
  const files = report.files;
  const names =
    files.length <= 3
      ? files.join(', ')
      : `${CLI_STRINGS[lang].files(files.length)} (${files.slice(0, 2).join(', ')}, …)`;
  return `${names}: ${count}`;
}

/** What was left out: files skipped in folders, entries outside --since/--until. */
function leftOut(report: JsonReport, lang: IndexLang): string[] {
  const out: string[] = [];
  const { skipped, window } = report;
  if (skipped) out.push(CLI_STRINGS[lang].skipped(skipped.other, skipped.binary));
  if (window) out.push(CLI_STRINGS[lang].window(window.kept, window.of, window.untimed));
  return out;
}

/** Continuation lines of a multi-line message line up under the evidence, not at the margin. */
const EVIDENCE_INDENT = '      ';
const indentLines = (text: string, indent: string) => text.replaceAll('\n', `\n${indent}`);

/** Human-readable text, one block per article, best first. */
export function humanReport(
  diagnosis: Diagnosis,
  index: SignatureIndex,
  lang: IndexLang,
  context: ReportContext,
): string {
  const report = jsonReport(diagnosis, index, lang, context);
  const out = [headline(report, lang), ...leftOut(report, lang)];
  const strings = CLI_STRINGS[lang];
  if (report.search)
    out.push(
      strings.searchOffer,
      `  ${report.search}${context.site ? '' : `  ${strings.searchPathHint}`}`,
    );
  else if (report.notice) out.push(strings.notices[report.notice]);
  report.matches.forEach((m, i) => {
    out.push(
      '',
      `${i + 1}. [${m.confidence}] ${m.title}`,
      `   ${articleRef(context.site, lang, m.slug)}  (score ${m.score})`,
    );
    for (const e of m.evidence)
      out.push(`   ${e.file}:${e.line}: ${indentLines(e.text, EVIDENCE_INDENT)}  [${e.signature}]`);
    const more = m.occurrences - m.evidence.length;
    if (more > 0) out.push(`   ${strings.moreEvidence(more)}`);
    for (const x of m.missing) out.push(`   - ${x}`);
    if (m.terms) out.push(`   ${strings.sharedWords}: ${m.terms.join(' ')}`);
  });
  if (report.codes.length) {
    out.push('', strings.errorCodes);
    for (const c of report.codes) {
      const name = c.names?.[0] ? ` ${c.names[0]}` : '';
      const win32 = c.win32 !== undefined ? ` (Win32 ${c.win32})` : '';
      out.push(
        `  ${c.code}${name}${win32}${c.message ? ` — ${c.message}` : ''}  ×${c.count}, ${c.file}:${c.line}`,
      );
    }
  }
  return out.join('\n');
}
