// SHIPS TO THE BROWSER. Decides, entry by entry, which signatures an entry satisfies, fully
// (strong) or in part (possible), and what is missing for the rest.
import { formatCode } from './codes.ts';
import type { Matcher } from './matcher.ts';
import type { MessageHit, TextScan } from './scan-text.ts';
import type { LogEntry } from './types.ts';

/** What a partial match lacks; formatted for people by explain.ts. */
export type Missing =
  | { kind: 'message'; expected: string }
  | { kind: 'code'; expected: string }
  | { kind: 'status'; expected: number }
  | { kind: 'context'; expected: string[] }
  | { kind: 'log'; expected: string; found: string };

/**
 * Why a candidate signature cannot be this entry whatever else holds: the entry names another
 * component, its component writes another catalogued log, or none of the signature's identifying
 * parts holds.
 */
export type Rejection =
  | { kind: 'component'; expected: string; found: string }
  | { kind: 'entry-log'; expected: string; found: string }
  | { kind: 'no-part' };

/** One signature judged against one entry. */
export interface SignatureResult {
  signature: number;
  entry: LogEntry;
  strong: boolean;
  /** How many of the signature's identifying parts (message, code, status ID) hold. */
  matchedParts: number;
  missing: Missing[];
  /** Message spans within the entry's lines. */
  spans: MessageHit[];
  /** Set when the signature was a candidate but cannot be this entry (never in evaluateEntries' results). */
  rejected?: Rejection;
  /**
   * How many entries this result stands for (1 when absent): a streamed diagnosis keeps the first
   * few results of each kind and one more carrying the count of the rest (stream-diagnose.ts).
   */
  weight?: number;
}

/** The log an entry must come from, by its component (SMS_AMT_OPERATION_MANAGER → amtopmgr.log). */
const logOfEntry = (matcher: Matcher, entry: LogEntry) =>
  entry.component ? matcher.index.componentLogs[entry.component.toUpperCase()] : undefined;

function hasCode(entry: LogEntry, code: number): boolean {
  const { codes } = entry;
  for (let i = 0; i < codes.length; i++) if (codes[i]!.value === code) return true;
  return false;
}

function judge(
  matcher: Matcher,
  s: number,
  entry: LogEntry,
  spans: MessageHit[],
  scan: TextScan,
  fileLog: string | undefined,
): SignatureResult {
  const sig = matcher.index.signatures[s]!;
  // Each identifying part the signature declares either holds in this entry or is missing. (No
  // closures or arrays per part: a streamed log judges thousands of entries.)
  let matchedParts = 0;
  const missing: Missing[] = [];
  if (sig.messages.length > 0) {
    if (spans.length > 0) matchedParts++;
    else missing.push({ kind: 'message', expected: sig.messages[0]! });
  }
  if (sig.code !== undefined) {
    if (hasCode(entry, sig.code)) matchedParts++;
    else missing.push({ kind: 'code', expected: formatCode(sig.code) });
  }
  if (sig.statusMessageId !== undefined) {
    if (entry.statusMessageId === sig.statusMessageId) matchedParts++;
    else missing.push({ kind: 'status', expected: sig.statusMessageId });
  }
  if (sig.context.length && !scan.contextFound.has(s))
    missing.push({ kind: 'context', expected: sig.context });
  if (fileLog && fileLog !== sig.log)
    missing.push({ kind: 'log', expected: sig.log, found: fileLog });
  const rejected = rejectionOf(matcher, s, entry, matchedParts);
  const strong = !rejected && missing.length === 0;
  const result: SignatureResult = { signature: s, entry, strong, matchedParts, missing, spans };
  if (rejected) result.rejected = rejected;
  return result;
}

/** Why signature `s` cannot be this entry, if it cannot. */
function rejectionOf(
  matcher: Matcher,
  s: number,
  entry: LogEntry,
  matchedParts: number,
): Rejection | undefined {
  const sig = matcher.index.signatures[s]!;
  // An entry written by another component, or by a component of another log, is not this signature.
  if (sig.component && entry.component && entry.component.toUpperCase() !== sig.component)
    return { kind: 'component', expected: sig.component, found: entry.component };
  const entryLog = logOfEntry(matcher, entry);
  if (entryLog && entryLog !== sig.log)
    return { kind: 'entry-log', expected: sig.log, found: entryLog };
  return matchedParts === 0 ? { kind: 'no-part' } : undefined;
}

/** Adds each signature of `list` that `found` does not hold yet (a list of a few, kept in order). */
function addNew(found: number[], list: readonly number[] | undefined): void {
  if (list)
    for (let i = 0; i < list.length; i++) if (!found.includes(list[i]!)) found.push(list[i]!);
}

/**
 * Signatures an entry could satisfy: by message text, by code, by status message ID; each once,
 * in that order. Indexed loops and an array, not for-of over a Set: a streamed log judges its
 * first thousands of entries before this code is optimized, and until then each step of an
 * iterator is an allocation.
 */
function candidates(matcher: Matcher, entry: LogEntry, hits: readonly MessageHit[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < hits.length; i++)
    if (!found.includes(hits[i]!.signature)) found.push(hits[i]!.signature);
  const { codes } = entry;
  for (let i = 0; i < codes.length; i++) addNew(found, matcher.byCode.get(codes[i]!.value));
  if (entry.statusMessageId !== undefined)
    addNew(found, matcher.byStatusId.get(entry.statusMessageId));
  return found;
}

/**
 * Hits are placed by line, so entries that share a physical line (several records pasted onto one
 * line) share its hits. Beyond this many entries on one line, later ones get none, which keeps the
 * work linear on a pathological line of thousands of records.
 */
const MAX_ENTRIES_SHARING_HITS = 8;

/** The catalogued log the text's file is: one for the whole text, or one per entry when it joins several files. */
export type FileLog = string | undefined | ((entry: LogEntry) => string | undefined);

/**
 * Judges every entry against each of its candidate signatures and hands over every judgement,
 * rejected ones included (what `oobkb explain` shows); linear in entries plus hits.
 */
export function judgeEntries(
  matcher: Matcher,
  entries: readonly LogEntry[],
  scan: TextScan,
  fileLog: FileLog,
  visit: (judged: SignatureResult) => void,
): void {
  const logOf = typeof fileLog === 'function' ? fileLog : () => fileLog;
  const hits = scan.messageHits;
  let h = 0;
  let sharing = 0;
  let previous: LogEntry | undefined;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    sharing =
      previous && previous.lineStart === entry.lineStart && previous.lineEnd === entry.lineEnd
        ? sharing + 1
        : 0;
    previous = entry;
    while (h < hits.length && hits[h]!.line < entry.lineStart) h++;
    const entryHits: MessageHit[] = [];
    if (sharing < MAX_ENTRIES_SHARING_HITS) {
      for (let k = h; k < hits.length && hits[k]!.line <= entry.lineEnd; k++)
        entryHits.push(hits[k]!);
    }
    if (!entryHits.length && !entry.codes.length && entry.statusMessageId === undefined) continue;
    const signatures = candidates(matcher, entry, entryHits);
    for (let c = 0; c < signatures.length; c++) {
      const s = signatures[c]!;
      visit(
        judge(
          matcher,
          s,
          entry,
          entryHits.filter((hit) => hit.signature === s),
          scan,
          logOf(entry),
        ),
      );
    }
  }
}

/** The signatures each entry satisfies, fully or in part (rejected candidates left out). */
export function evaluateEntries(
  matcher: Matcher,
  entries: readonly LogEntry[],
  scan: TextScan,
  fileLog?: FileLog,
): SignatureResult[] {
  const results: SignatureResult[] = [];
  judgeEntries(matcher, entries, scan, fileLog, (judged) => {
    if (!judged.rejected) results.push(judged);
  });
  return results;
}
