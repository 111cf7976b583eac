// SHIPS TO THE BROWSER. Why each entry matched or did not: for every entry with an error, a
// warning, a code or a candidate signature, each signature tried (by its message text, code or
// status ID), which of its parts held, what was missing, and why a rejected one cannot be it.
// The judgements are the engine's own (evaluate.ts judgeEntries, on diagnose()'s parse and scan),
// so an explanation never disagrees with a diagnosis.
import { formatCode } from './codes.ts';
import { fileLogFor, type DiagnoseOptions } from './diagnose.ts';
import { judgeEntries, type Missing, type Rejection, type SignatureResult } from './evaluate.ts';
import type { Matcher } from './matcher.ts';
import { parseLog } from './parse.ts';
import { scanText } from './scan-text.ts';
import type { IndexedSignature } from './signature-index.ts';
import type { LogEntry } from './types.ts';

/** A part a signature declares, or a fact of the entry it is compared with (explain.ts names it). */
export type Part =
  | { kind: 'message'; expected: string }
  | { kind: 'code'; expected: string }
  | { kind: 'status'; expected: number }
  | { kind: 'component'; expected: string }
  | { kind: 'context'; expected: string[] }
  | { kind: 'log'; expected: string };

/** One part and whether it held for this entry. */
export interface PartCheck {
  part: Part;
  holds: boolean;
}

/** strong: the signature fires; possible: a close one, some parts hold; rejected: it cannot be this entry. */
export type Verdict = 'strong' | 'possible' | 'rejected';

/** One candidate signature judged against one entry. */
export interface TriedSignature {
  /** The signature's id and its article's slug. */
  signature: string;
  article: string;
  verdict: Verdict;
  parts: PartCheck[];
  /** What a possible match lacks (empty for a strong one). */
  missing: Missing[];
  rejected?: Rejection;
}

export interface ExplainedEntry {
  entry: LogEntry;
  /** Strong first, then possible, then rejected; in the order tried within each. */
  tried: TriedSignature[];
}

export interface Explanation {
  /** Entries read in all. */
  entries: number;
  /** The entries explained, in line order. */
  explained: ExplainedEntry[];
}

const VERDICT_ORDER: Record<Verdict, number> = { strong: 0, possible: 1, rejected: 2 };

/** The log an entry is compared with: its component's, else its file's (as judge() compares). */
function knownLog(matcher: Matcher, entry: LogEntry, fileLog: string | undefined) {
  const byComponent = entry.component
    ? matcher.index.componentLogs[entry.component.toUpperCase()]
    : undefined;
  return byComponent ?? fileLog;
}

/** Each part the signature declares, and whether the engine found it held (from its own verdict). */
function partsOf(
  sig: IndexedSignature,
  judged: SignatureResult,
  compared: { component: boolean; log: boolean },
): PartCheck[] {
  const lacks = new Set(judged.missing.map((m) => m.kind));
  const rejected = judged.rejected?.kind;
  const parts: PartCheck[] = [];
  const add = (part: Part, holds: boolean) => parts.push({ part, holds });
  if (sig.messages.length)
    add({ kind: 'message', expected: sig.messages[0]! }, !lacks.has('message'));
  if (sig.code !== undefined)
    add({ kind: 'code', expected: formatCode(sig.code) }, !lacks.has('code'));
  if (sig.statusMessageId !== undefined)
    add({ kind: 'status', expected: sig.statusMessageId }, !lacks.has('status'));
  if (sig.component && compared.component)
    add({ kind: 'component', expected: sig.component }, rejected !== 'component');
  if (sig.context.length) add({ kind: 'context', expected: sig.context }, !lacks.has('context'));
  if (compared.log)
    add({ kind: 'log', expected: sig.log }, !lacks.has('log') && rejected !== 'entry-log');
  return parts;
}

/** One judgement of the engine as explain shows it; a rejected one lists no missing parts, only why. */
function tried(
  matcher: Matcher,
  judged: SignatureResult,
  fileLog: string | undefined,
): TriedSignature {
  const sig = matcher.index.signatures[judged.signature]!;
  const compared = {
    component: judged.entry.component !== undefined,
    log: knownLog(matcher, judged.entry, fileLog) !== undefined,
  };
  const verdict: Verdict = judged.rejected ? 'rejected' : judged.strong ? 'strong' : 'possible';
  return {
    signature: sig.id,
    article: matcher.index.articles[sig.article]!.slug,
    verdict,
    parts: partsOf(sig, judged, compared),
    missing: judged.rejected ? [] : judged.missing,
    ...(judged.rejected ? { rejected: judged.rejected } : {}),
  };
}

/** Entries worth explaining: errors, warnings, entries with a code, and any a signature was tried for. */
const worthExplaining = (entry: LogEntry, triedAny: boolean) =>
  triedAny || entry.severity !== 'info' || entry.codes.length > 0;

/** Explains every entry of the text worth explaining, as diagnose() would judge it with the same options. */
export function explainEntries(
  matcher: Matcher,
  text: string,
  options: DiagnoseOptions = {},
): Explanation {
  if (!text.trim()) return { entries: 0, explained: [] };
  const entries = parseLog(text);
  const scan = scanText(matcher, text, options.fileNames ?? []);
  const fileLog = fileLogFor(matcher, options);
  const logOf = typeof fileLog === 'function' ? fileLog : () => fileLog;
  const byEntry = new Map<LogEntry, TriedSignature[]>();
  judgeEntries(matcher, entries, scan, fileLog, (judged) => {
    const list = byEntry.get(judged.entry) ?? [];
    list.push(tried(matcher, judged, logOf(judged.entry)));
    byEntry.set(judged.entry, list);
  });
  const explained: ExplainedEntry[] = [];
  for (const entry of entries) {
    const list = byEntry.get(entry) ?? [];
    if (!worthExplaining(entry, list.length > 0)) continue;
    list.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
    explained.push({ entry, tried: list });
  }
  return { entries: entries.length, explained };
}

/** Whether some entry fires a signature, strongly or possibly (the CLI's exit code). */
export const firesAny = (explanation: Explanation): boolean =>
  explanation.explained.some((e) => e.tried.some((t) => t.verdict !== 'rejected'));
