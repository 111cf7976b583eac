// SHIPS TO THE BROWSER (in the widget's worker). Pure: no DOM, no node:*, no astro:*. A new
// article's first draft from a log that no article matches, for the widget's "Start an article
// from this log" and `oobkb draft`: the log's error lines become signatures with the lines as
// samples, the log is inferred from the entries' components (or the file's name), other articles'
// samples become near misses, and the codes found are listed. Each proposal is checked with the
// engine itself: a sample that the new signature would not claim as strong is dropped, and so is
// a near miss that it would.
import { compileIndex, type CompileArticle } from '../diagnose/compile.ts';
import { foldPattern } from '../diagnose/aho-corasick.ts';
import { formatCode } from '../diagnose/codes.ts';
import { diagnose } from '../diagnose/diagnose.ts';
import { foundCodes } from '../diagnose/found-codes.ts';
import { createMatcher, type Matcher } from '../diagnose/matcher.ts';
import { parseLog } from '../diagnose/parse.ts';
import { splitLines } from '../diagnose/parse-lines.ts';
import type { SignatureIndex } from '../diagnose/signature-index.ts';
import type { LogEntry } from '../diagnose/types.ts';
import { FACTS_HINTS } from '../../i18n/authoring.ts';
import { messageLiteral } from './message-literal.ts';
import { articleFiles, type ArticleFiles, type SignatureDraft } from './skeleton.ts';

/** At most this many signatures, samples per signature and near misses per signature. */
const MAX_SIGNATURES = 3;
const MAX_SAMPLES = 4;
const MAX_NEAR_MISSES = 3;
/** At most this many codes are listed; a longer log's other codes are the author's to add. */
const MAX_CODES = 8;
/** A line longer than this is no sample (a whole file pasted onto one line, a binary dump). */
const MAX_SAMPLE_CHARS = 2000;

export interface DraftInput {
  /** The log's entries, as diagnose() read them. */
  entries: readonly LogEntry[];
  /** Physical line `n` (1-based) of the log, without its line break. */
  line: (n: number) => string;
  /** The names of the files it came from: a catalogued log name tells the log. */
  fileNames?: readonly string[] | undefined;
  /** The knowledge base the article joins. */
  matcher: Matcher;
}

// Matches Japanese characters, e.g. "警告" or "カタカナ"
const RE_JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
// Matches a rotated or plain log name at the end of a path, e.g. "C:\Logs\amtopmgr.lo_" → "amtopmgr"
const RE_LOG_NAME = /([^\\/]+)\.lo[g_]$/i;
// Matches what a signature id may not hold, e.g. ":" and spaces
const RE_NOT_ID = /[^a-z0-9]+/g;

/** The catalogued log the files' names name, when they name exactly one. */
function fileLogOf(index: SignatureIndex, fileNames: readonly string[]): string | undefined {
  const logs = new Set(
    fileNames.flatMap((name) => {
      const base = RE_LOG_NAME.exec(name.trim())?.[1]?.toLowerCase();
      return base && index.logs.includes(`${base}.log`) ? [`${base}.log`] : [];
    }),
  );
  return logs.size === 1 ? [...logs][0] : undefined;
}

/** The entries a draft proposes as samples: errors, else warnings, else entries that carry a code or status ID. */
function candidateEntries(entries: readonly LogEntry[]): LogEntry[] {
  const errors = entries.filter((e) => e.severity === 'error');
  if (errors.length) return errors;
  const warnings = entries.filter((e) => e.severity === 'warning');
  if (warnings.length) return warnings;
  return entries.filter((e) => e.codes.length > 0 || e.statusMessageId !== undefined);
}

/** The signature an entry proposes, without samples; undefined when nothing in it can identify it. */
function signatureOf(entry: LogEntry, index: SignatureIndex, fileLog: string | undefined) {
  const component = entry.component?.trim() || undefined;
  const log = (component && index.componentLogs[component.toUpperCase()]) ?? fileLog;
  if (entry.statusMessageId !== undefined)
    return { log, component, statusMessageId: entry.statusMessageId };
  const literal = messageLiteral(entry.message);
  const code = entry.codes[0] && formatCode(entry.codes[0].value);
  if (!literal && !code) return undefined;
  const message = literal
    ? { text: literal, lang: RE_JAPANESE.test(literal) ? ('ja' as const) : ('en' as const) }
    : undefined;
  return { log, component, message, code };
}

/** A kebab-case id from the signature's words and code, not yet used in the knowledge base. */
function signatureId(draft: Omit<SignatureDraft, 'id'>, taken: Set<string>): string {
  const words = draft.statusMessageId
    ? `statmsg ${draft.statusMessageId} ${draft.component ?? ''}`
    : (draft.message?.text ?? '')
        .toLowerCase()
        .replace(RE_NOT_ID, ' ')
        .trim()
        .split(' ')
        .slice(0, 5)
        .join(' ');
  const base =
    [words, draft.code?.toLowerCase()]
      .filter(Boolean)
      .join(' ')
      .toLowerCase()
      .replace(RE_NOT_ID, '-')
      .replace(/^-|-$/g, '') || 'new-signature';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The physical lines of an entry, as written; undefined past MAX_SAMPLE_CHARS. */
function linesOf(line: DraftInput['line'], entry: LogEntry): string | undefined {
  let text = line(entry.lineStart);
  for (let n = entry.lineStart + 1; n <= entry.lineEnd && text.length <= MAX_SAMPLE_CHARS; n++)
    text += `\n${line(n)}`;
  return text.length <= MAX_SAMPLE_CHARS ? text : undefined;
}

/** Signatures proposed by the log's entries, each with the lines that share it (before checking). */
function proposeSignatures(input: DraftInput): SignatureDraft[] {
  const { index } = input.matcher;
  const fileLog = fileLogOf(index, input.fileNames ?? []);
  const taken = new Set(index.signatures.map((s) => s.id));
  const byKey = new Map<string, SignatureDraft>();
  const full = () =>
    byKey.size === MAX_SIGNATURES &&
    [...byKey.values()].every((d) => d.samples.length === MAX_SAMPLES);
  for (const entry of candidateEntries(input.entries)) {
    // A long log's first error lines are enough: stop once every signature has its samples.
    if (full()) break;
    const text = linesOf(input.line, entry);
    const parts = text !== undefined && signatureOf(entry, index, fileLog);
    if (!parts) continue;
    const key = JSON.stringify(parts);
    let draft = byKey.get(key);
    if (!draft) {
      if (byKey.size === MAX_SIGNATURES) continue;
      const partial = { ...parts, samples: [], nearMisses: [] };
      byKey.set(key, (draft = { id: signatureId(partial, taken), ...partial }));
    }
    const sample = { text, from: FACTS_HINTS.sampleFrom(entry.lineStart) };
    if (draft.samples.length < MAX_SAMPLES && !draft.samples.some((s) => s.text === text))
      draft.samples.push(sample);
  }
  return [...byKey.values()];
}

/** A matcher over the draft's signatures alone, with the knowledge base's log catalogue. */
function draftMatcher(signatures: readonly SignatureDraft[], index: SignatureIndex): Matcher {
  const byLog = new Map(Object.entries(index.componentLogs).map(([c, log]) => [log, c]));
  const empty = { title: '', symptoms: [], aliases: [], summary: '', cause: '', confirm: '' };
  const article: CompileArticle = {
    slug: 'draft',
    related: [],
    codes: [],
    signatures: signatures.map((s) => ({
      id: s.id,
      log: s.log ?? '',
      message: s.message ? [s.message] : undefined,
      code: s.code,
      component: s.component,
      statusMessageId: s.statusMessageId,
      samples: [],
    })),
    texts: { ja: empty, en: empty },
  };
  const logs = index.logs.map((id) => ({ id, component: byLog.get(id) }));
  return createMatcher(compileIndex({ articles: [article], logs, codes: [] }));
}

/** Whether the signature `id` claims the line as strong. */
const claims = (matcher: Matcher, line: string, id: string) =>
  diagnose(matcher, line).matches.some(
    (m) => m.confidence === 'strong' && m.evidence.some((e) => e.signature === id),
  );

/** Whether any article of the matcher claims the line as strong. */
const claimedBy = (matcher: Matcher, line: string) =>
  diagnose(matcher, line).matches.some((m) => m.confidence === 'strong');

/** A code as the digits a line writes it with, e.g. "80090308" for 0x80090308. */
const codeDigits = (code: string) => code.slice(2).toLowerCase();

/** Keeps the samples the new signature claims and no existing article does; adds near misses from other articles' samples. */
function checkSignatures(drafts: SignatureDraft[], input: DraftInput): SignatureDraft[] {
  const { index } = input.matcher;
  const own = draftMatcher(drafts, index);
  return drafts.flatMap((draft) => {
    const samples = draft.samples.filter(
      (s) => claims(own, s.text, draft.id) && !claimedBy(input.matcher, s.text),
    );
    if (!samples.length) return [];
    const folded = draft.message && foldPattern(draft.message.text);
    // Other articles' samples: those of the same log first, then those that share the code; none
    // that any of the draft's signatures would claim (a near miss must not match its own article).
    const rank = (s: SignatureIndex['signatures'][number]) =>
      (s.log === draft.log ? 0 : 2) +
      (draft.code && s.sample.toLowerCase().includes(codeDigits(draft.code)) ? 0 : 1);
    const nearMisses = index.signatures
      .filter((s) => s.sample && !(folded && foldPattern(s.sample).includes(folded)))
      .sort((a, b) => rank(a) - rank(b))
      .filter((s) => !claimedBy(own, s.sample))
      .slice(0, MAX_NEAR_MISSES)
      .map((s) => ({
        text: s.sample,
        from: FACTS_HINTS.nearMissFrom(s.id, index.articles[s.article]!.slug),
      }));
    return [{ ...draft, samples, nearMisses }];
  });
}

/** The three files of a new article drafted from a log's entries (the widget's worker has them already). */
export function draftFromEntries(input: DraftInput): ArticleFiles {
  const { index } = input.matcher;
  const signatures = checkSignatures(proposeSignatures(input), input);
  const codes = foundCodes(index, input.entries)
    .slice(0, MAX_CODES)
    .map((c) => c.code);
  const fileLog = fileLogOf(index, input.fileNames ?? []);
  const logs = [
    ...new Set([
      ...signatures.flatMap((s) => (s.log ? [s.log] : [])),
      ...(fileLog ? [fileLog] : []),
    ]),
  ];
  const statusMessages = [
    ...new Set(signatures.flatMap((s) => (s.statusMessageId ? [s.statusMessageId] : []))),
  ];
  return articleFiles({
    logs,
    codes,
    statusMessages,
    signatures,
    notes: codes.filter((code) => !index.codes[code]).map(FACTS_HINTS.uncatalogued),
    quotes: signatures.map((s) => s.samples[0]!.text),
  });
}

/** The three files of a new article drafted from a log's text. */
export function draftArticle(input: {
  text: string;
  fileNames?: readonly string[];
  matcher: Matcher;
}): ArticleFiles {
  const lines = splitLines(input.text);
  return draftFromEntries({
    ...input,
    entries: parseLog(input.text),
    line: (n) => lines[n - 1] ?? '',
  });
}
