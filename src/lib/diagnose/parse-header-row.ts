// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The header row a copy may start with: the Status Message Viewer's ("Severity Type Site code
// Date / Time System Component Message ID Description", as Microsoft's KB 3090264 prints it,
// with or without "Process ID Thread ID"; or the Japanese console's labels) and CMTrace's
// ("Log Text Component Date/Time Thread", log-formats.md §3). A header is no log entry: it is
// skipped, and a Status Message Viewer header sets the column order of the rows below it.
// Labels are compared with all white space removed, so "Site code"/"サイト コード"/"サイトコード"
// and "Date / Time"/"Date/Time" are the same label, whatever separates the columns.
import { isBlank } from './parse-cells.ts';
import { fragmentAt, nextLine } from './parse-context.ts';
import type { Cursor, ParseContext, ReadResult } from './parse-context.ts';
import type { StatusColumn, StatusLayout } from './status-columns.ts';

/** Status Message Viewer column labels (English, Japanese), without white space, lower-cased; none is the start of another. */
const STATUS_LABELS: readonly (readonly [string, StatusColumn])[] = [
  ['severity', 'severity'],
  ['重大度', 'severity'],
  ['type', 'type'],
  ['種類', 'type'],
  ['sitecode', 'site'],
  ['サイトコード', 'site'],
  ['date/time', 'time'],
  ['datetime', 'time'],
  ['日付/時刻', 'time'],
  ['日付時刻', 'time'],
  ['system', 'system'],
  ['システム', 'system'],
  ['component', 'component'],
  ['コンポーネント', 'component'],
  ['messageid', 'id'],
  ['メッセージid', 'id'],
  ['description', 'description'],
  ['説明', 'description'],
  ['processid', 'pid'],
  ['プロセスid', 'pid'],
  ['threadid', 'tid'],
  ['スレッドid', 'tid'],
];

/** CMTrace/Trace32 column labels; CMTrace has no localised labels that we could source. */
const CMTRACE_LABELS: readonly (readonly [string, string])[] = [
  ['logtext', 'message'],
  ['component', 'component'],
  ['date/time', 'time'],
  ['thread', 'thread'],
];

/** A header is short; longer lines are not read as one. */
const MAX_HEADER_CHARS = 300;
// Matches an ASCII digit, e.g. "2" in "11/19/2009": no label has one, so a line with a digit is no
// header (a native test that turns away log lines before spell() reads them word by word)
const RE_DIGIT = /[0-9]/;

/** Index just after `label` read at `at`, ignoring white space and letter case in the text, or -1. */
function matchLabel(text: string, at: number, label: string): number {
  let i = at;
  for (let k = 0; k < label.length; k++) {
    while (isBlank(text[i])) i++;
    if (text[i]?.toLowerCase() !== label[k]) return -1;
    i++;
  }
  return i;
}

/** Labels by their first character, so that each word of a line is compared with one or two labels only. */
function byFirstChar<T>(
  labels: readonly (readonly [string, T])[],
): Map<string, (readonly [string, T])[]> {
  const map = new Map<string, (readonly [string, T])[]>();
  for (const entry of labels) map.set(entry[0][0]!, [...(map.get(entry[0][0]!) ?? []), entry]);
  return map;
}

const STATUS_BY_CHAR = byFirstChar(STATUS_LABELS);
const CMTRACE_BY_CHAR = byFirstChar(CMTRACE_LABELS);

/** The columns the text spells out with the given labels, or undefined; stops at the first word that is none. */
function spell<T>(text: string, labels: Map<string, (readonly [string, T])[]>): T[] | undefined {
  const columns: T[] = [];
  let at = 0;
  for (;;) {
    while (isBlank(text[at])) at++;
    if (at >= text.length) return columns;
    let next = -1;
    for (const [label, column] of labels.get(text[at]!.toLowerCase()) ?? []) {
      next = matchLabel(text, at, label);
      if (next >= 0) {
        columns.push(column);
        break;
      }
    }
    if (next < 0) return undefined;
    at = next;
  }
}

/** What a header row is: the viewer it comes from and, for status rows, its columns. */
export type Header = { viewer: 'status'; columns: StatusColumn[] } | { viewer: 'cmtrace' };

/** Reads a header row, or undefined when the text is not one. */
export function readHeader(text: string): Header | undefined {
  if (text.length > MAX_HEADER_CHARS || RE_DIGIT.test(text)) return undefined;
  const cmtrace = spell(text, CMTRACE_BY_CHAR);
  if (cmtrace && cmtrace.length >= 2 && cmtrace.includes('message')) return { viewer: 'cmtrace' };
  const columns = spell(text, STATUS_BY_CHAR);
  if (!columns || columns.length < 3 || new Set(columns).size !== columns.length) return undefined;
  const anchored =
    columns.includes('severity') || columns.includes('id') || columns.includes('description');
  return anchored ? { viewer: 'status', columns } : undefined;
}

/** The layout a status header describes, or undefined when its rows could not be recognised by it. */
export function layoutOf(columns: readonly StatusColumn[]): StatusLayout | undefined {
  const at = columns.indexOf('description');
  const head = at < 0 ? columns : columns.slice(0, at);
  const tail = at < 0 ? [] : columns.slice(at + 1);
  const usable =
    head.includes('id') &&
    head.includes('component') &&
    (head.includes('severity') || head.includes('time'));
  return usable ? { head, tail } : undefined;
}

/** Skips a header row; a status header sets the column order for the rows that follow. */
export function readHeaderRow(ctx: ParseContext, at: Cursor): ReadResult | undefined {
  if (at.col !== 0) return undefined;
  const header = readHeader(fragmentAt(ctx, at));
  if (!header) return undefined;
  if (header.viewer === 'status') ctx.statusLayout = layoutOf(header.columns);
  return { entries: [], next: nextLine(at) };
}
