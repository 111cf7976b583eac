// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The columns of the console's Status Message Viewer (log-formats.md §3, real-logs/008) and the
// shape of each: a row is recognised by what its cells look like, not by how many there are.
// The column words are the type names of SMS_StatusMessage (Milestone, Detail, Audit) and the
// console's English and Japanese labels.
import { isDateTime } from './parse-datetime.ts';
import { severityFromLabel } from './severity.ts';

/** One column of the viewer. */
export type StatusColumn =
  | 'severity' // Error, Warning, Information; エラー, 警告, 情報
  | 'type' // Milestone, Detail, Audit; マイルストーン, 詳細, 監査
  | 'site' // three letters or digits, e.g. CS1
  | 'time' // the date/time in the console's locale
  | 'system' // the computer, e.g. CS1SRV or [sccm management point server]
  | 'component' // e.g. SMS_AMT_OPERATION_MANAGER, Microsoft.ConfigurationManagement.exe
  | 'id' // the message ID, e.g. 7217
  | 'description' // free text: may hold TABs and span lines
  | 'pid' // process ID, may be empty
  | 'tid'; // thread ID, may be empty

/** Where the description sits: the columns before it are read from the left, those after from the right. */
export interface StatusLayout {
  head: readonly StatusColumn[];
  tail: readonly StatusColumn[];
}

/** The viewer's default column order. */
export const DEFAULT_LAYOUT: StatusLayout = {
  head: ['severity', 'type', 'site', 'time', 'system', 'component', 'id'],
  tail: ['pid', 'tid'],
};

/** Columns a row may lack (hidden, or empty and lost with the TABs); the others make the shape. */
export const OPTIONAL_COLUMNS: ReadonlySet<StatusColumn> = new Set([
  'type',
  'site',
  'system',
  'pid',
  'tid',
]);

/** Message types in the console languages, lower-cased. */
const TYPE_WORDS: ReadonlySet<string> = new Set([
  'milestone',
  'detail',
  'audit',
  'マイルストーン',
  '詳細',
  '監査',
]);

// Matches a word that may be a type in another console language: capitalised, or in CJK or
// Hangul script, e.g. "Meilenstein", "Jalon", "里程碑" (lower-case words of a sentence are not)
// (Made on first use: a regex with Unicode script classes costs ~1.5 ms to create, a tenth of a
// one-line diagnosis's own work, and only a row in another console language needs it.)
let reTypeLike: RegExp | undefined;
const typeLike = (text: string): boolean =>
  (reTypeLike ??=
    /^(?:\p{Lu}\p{Ll}{2,23}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{2,12})$/u).test(
    text,
  );
// Matches a site code, e.g. "CS1", "LB1", "PR1"
const RE_SITE = /^[A-Za-z0-9]{3}$/;
// Matches a component, e.g. "SMS_AMT_OPERATION_MANAGER", "Microsoft.ConfigurationManagement.exe", "SMS Provider"
const RE_COMPONENT = /^[A-Za-z][\w.-]*(?: [\w.-]+){0,4}$/;
// Matches what ConfigMgr components have, e.g. "SMS_AMT_OPERATION_MANAGER", "SMS_MP_CONTROL_MANAGER"
const RE_SMS_COMPONENT = /_/;
// Matches what other component names have and a site code or CS1SRV has not, e.g. "." in
// "Microsoft.ConfigurationManagement.exe", "Ob" in "Oobconsole"
const RE_COMPONENT_HINT = /[.]|[a-z][A-Z]|[A-Z][a-z]/;
// Matches a system: a host name, or anything in brackets, e.g. "CS1SRV", "cs1srv.contoso.com", "[sccm management point server]"
const RE_SYSTEM_NAME = /^(?:[\w.-]+|\[[^\]]*\])$/;
// Matches the gaps between the words of a date/time, e.g. " " in "11/19/2009 11:35:01 AM"
const RE_GAPS = /[ \u00A0]+/;
// Matches a message ID, e.g. "7217"
const RE_MESSAGE_ID = /^\d{1,10}$/;
// Matches a process or thread ID, possibly empty, e.g. "2412"
const RE_OPTIONAL_NUMBER = /^\d{0,10}$/;

/** Columns other than the description are short; longer text is not one of them. */
const MAX_COLUMN_CHARS = 128;

/** Whether a cell's text can be the given column. Required columns are never empty. */
export function fitsColumn(column: StatusColumn, text: string): boolean {
  if (text.length > MAX_COLUMN_CHARS) return false;
  if (text === '') return OPTIONAL_COLUMNS.has(column);
  switch (column) {
    case 'severity':
      return severityFromLabel(text) !== undefined;
    case 'type':
      return TYPE_WORDS.has(text.toLowerCase()) || typeLike(text);
    case 'site':
      return RE_SITE.test(text);
    case 'time':
      return isDateTime(text);
    case 'component':
      return RE_COMPONENT.test(text);
    case 'id':
      return RE_MESSAGE_ID.test(text);
    case 'pid':
    case 'tid':
      return RE_OPTIONAL_NUMBER.test(text);
    default:
      return true;
  }
}

/**
 * How well a cell that fits a column looks like it, to choose between readings of one head:
 * a filled column beats a missing one, known type words and component-like tokens win, and a
 * "system" that is no host name (the description's first word) loses, and a date/time keeps
 * all its words.
 */
export function fitScore(column: StatusColumn, text: string): number {
  if (!text) return 0;
  if (column === 'type') return TYPE_WORDS.has(text.toLowerCase()) ? 2 : 1;
  if (column === 'component')
    return RE_SMS_COMPONENT.test(text) ? 3 : RE_COMPONENT_HINT.test(text) ? 2 : 1;
  if (column === 'system') return RE_SYSTEM_NAME.test(text) ? 1 : -1;
  // "11/19/2009 11:35:01 AM" over "11/19/2009 11:35:01" with "AM" left for the next column.
  if (column === 'time') return 2 * (text.split(RE_GAPS).length - 1);
  return column === 'site' ? 1 : 0;
}

/** How many white-space separated words a column can span when single spaces separate columns too. */
export function wordSpans(column: StatusColumn): readonly number[] {
  if (column === 'time') return [3, 2];
  if (column === 'system') return [1, 2, 3, 4, 5, 6, 7, 8];
  return [1];
}
