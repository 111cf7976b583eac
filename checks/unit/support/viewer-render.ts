// Renders log entries the ways the viewers copy them, and fast-check arbitraries for every style:
// Status Message Viewer rows (log-formats.md §3, real-logs/008; KB 3090264 prints a header and a
// row with single spaces) and CMTrace/Trace32 "Copy to Clipboard" rows (real-logs/004, 006, 011).
import fc from 'fast-check';
import type { Severity } from '../../../src/lib/diagnose/types.ts';

/** What a status row says, apart from how it is written. */
export interface StatusRow {
  severity: Severity;
  component: string;
  id: number;
  description: string;
}

type Column =
  | 'severity'
  | 'type'
  | 'site'
  | 'time'
  | 'system'
  | 'component'
  | 'id'
  | 'description'
  | 'pid'
  | 'tid';
type Lang = 'en' | 'ja';

/** The viewer's default column order, before the description. */
const HEAD: readonly Column[] = ['severity', 'type', 'site', 'time', 'system', 'component', 'id'];

/** The date/time as the console writes it in different locales. */
export const DATE_FORMS = [
  '11/19/2009 11:35:01 AM', // en-US
  '2009/11/19 11:35:01', // ja-JP
  '2009-11-19 11:35:01', // ISO-like (sv-SE, many servers)
  '19.11.2009 11:35:01', // de-DE
  '19/11/2009 11:35:01', // en-GB, fr-FR
  '2009/11/19 午前 11:35:01', // ja-JP with the 12-hour clock
  '2009/11/19 11:35', // ja-JP short time
] as const;

const SEVERITY_WORDS: Record<Lang, Record<Severity, readonly string[]>> = {
  en: { error: ['Error'], warning: ['Warning'], info: ['Information', 'Info'] },
  ja: { error: ['エラー'], warning: ['警告'], info: ['情報'] },
};
const TYPE_WORDS: Record<Lang, readonly string[]> = {
  en: ['Milestone', 'Detail', 'Audit'],
  ja: ['マイルストーン', '詳細', '監査'],
};

/** Header labels with the spellings each console and copy shows. */
const LABELS: Record<Lang, Record<Column, readonly string[]>> = {
  en: {
    severity: ['Severity'],
    type: ['Type'],
    site: ['Site code', 'Site Code'],
    time: ['Date / Time', 'Date/Time'],
    system: ['System'],
    component: ['Component'],
    id: ['Message ID'],
    description: ['Description'],
    pid: ['Process ID'],
    tid: ['Thread ID'],
  },
  ja: {
    severity: ['重大度'],
    type: ['種類'],
    site: ['サイト コード', 'サイトコード'],
    time: ['日付/時刻', '日付 / 時刻'],
    system: ['システム'],
    component: ['コンポーネント'],
    id: ['メッセージ ID', 'メッセージID'],
    description: ['説明'],
    pid: ['プロセス ID', 'プロセスID'],
    tid: ['スレッド ID', 'スレッドID'],
  },
};

/** How one paste of status rows is written. */
export interface StatusStyle {
  separator: 'tab' | 'spaces' | 'single';
  spaces: number;
  lang: Lang;
  date: number;
  type: number;
  /** Picks among spellings (severity word, header labels). */
  spelling: number;
  system: 'name' | 'bracketed' | 'empty';
  /** The ID columns: both, Thread ID cut, both cut, or both empty. */
  tail: 'both' | 'pid' | 'none' | 'empty';
  /** A header row: none, all columns, or without the ID columns (as KB 3090264 prints it). */
  header: 'none' | 'full' | 'short';
  /** With a header, the order of the columns before the description (a permutation of HEAD). */
  order: Column[];
  /** Where the description breaks onto new lines (fractions of its length). */
  breaks: number[];
  quote: boolean;
  crlf: boolean;
}

export const statusStyles: fc.Arbitrary<StatusStyle> = fc.record({
  separator: fc.constantFrom('tab', 'spaces', 'single'),
  spaces: fc.integer({ min: 2, max: 16 }),
  lang: fc.constantFrom('en', 'ja'),
  date: fc.nat({ max: DATE_FORMS.length - 1 }),
  type: fc.nat({ max: 2 }),
  spelling: fc.nat({ max: 1 }),
  system: fc.constantFrom('name', 'bracketed', 'empty'),
  tail: fc.constantFrom('both', 'pid', 'none', 'empty'),
  header: fc.constantFrom('none', 'full', 'short'),
  order: fc.oneof(
    fc.constant<Column[]>([...HEAD]),
    fc.shuffledSubarray<Column>([...HEAD], { minLength: HEAD.length, maxLength: HEAD.length }),
  ),
  breaks: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 3 }),
  quote: fc.boolean(),
  crlf: fc.boolean(),
});

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The description's lines: breaks at the spaces or Japanese full stops nearest the style's fractions. */
export function descriptionLines(text: string, style: Pick<StatusStyle, 'breaks'>): string[] {
  const fractions = style.breaks;
  const cuts = new Set<number>();
  for (const f of fractions) {
    const at = Math.floor(text.length * f);
    const space = text.indexOf(' ', at);
    const stop = text.indexOf('。', at);
    const cut = [space, stop + 1].filter((i) => i > 0 && i < text.length).sort((a, b) => a - b)[0];
    if (cut !== undefined) cuts.add(cut);
  }
  const lines: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    lines.push(text.slice(from, cut).trimEnd());
    from = text[cut] === ' ' ? cut + 1 : cut;
  }
  lines.push(text.slice(from));
  return lines.filter((line) => line.trim());
}

/** The columns of one row in the style's order. */
function rowColumns(
  row: StatusRow,
  style: StatusStyle,
  order: readonly Column[],
): Map<Column, string> {
  const system = { name: 'CS1SRV', bracketed: '[cs1srv.contoso.com]', empty: '' }[style.system];
  return new Map<Column, string>(
    [
      ['severity', pick(SEVERITY_WORDS[style.lang][row.severity], style.spelling)],
      ['type', pick(TYPE_WORDS[style.lang], style.type)],
      ['site', 'CS1'],
      ['time', DATE_FORMS[style.date]!],
      ['system', system],
      ['component', row.component],
      ['id', String(row.id)],
      ['description', descriptionLines(row.description, style).join('\n')],
      ['pid', style.tail === 'empty' ? '' : '2412'],
      ['tid', style.tail === 'empty' ? '' : '3120'],
    ].filter(([column]) => order.includes(column as Column)) as [Column, string][],
  );
}

/** The columns a row is written with: the header's order, and the ID columns the style keeps. */
function orderOf(style: StatusStyle): Column[] {
  const head = style.header === 'none' ? [...HEAD] : style.order;
  const tail: Column[] =
    style.tail === 'none' ? [] : style.tail === 'pid' ? ['pid'] : ['pid', 'tid'];
  return [...head, 'description', ...tail];
}

/** Status rows pasted in one style, with their header row if the style has one. */
export function renderStatusRows(rows: readonly StatusRow[], style: StatusStyle): string {
  const sep =
    style.separator === 'tab'
      ? '\t'
      : style.separator === 'single'
        ? ' '
        : ' '.repeat(style.spaces);
  const order = orderOf(style);
  const lines: string[] = [];
  if (style.header !== 'none') {
    const labels =
      style.header === 'full'
        ? [...order.filter((c) => c !== 'pid' && c !== 'tid'), 'pid', 'tid']
        : order.filter((c) => c !== 'pid' && c !== 'tid');
    lines.push(labels.map((c) => pick(LABELS[style.lang][c as Column], style.spelling)).join(sep));
  }
  for (const row of rows) {
    const columns = rowColumns(row, style, order);
    lines.push(
      ...order
        .map((c) => columns.get(c) ?? '')
        .join(sep)
        .split('\n'),
    );
  }
  const quoted = style.quote ? lines.map((line) => `> ${line}`) : lines;
  return quoted.join(style.crlf ? '\r\n' : '\n');
}

/** How one CMTrace/Trace32 copy is written. */
export interface CmtraceStyle {
  separator: 'tab' | 'spaces';
  spaces: number;
  date: number;
  thread: boolean;
  header: boolean;
  quote: boolean;
  crlf: boolean;
}

export const cmtraceStyles: fc.Arbitrary<CmtraceStyle> = fc.record({
  separator: fc.constantFrom('tab', 'spaces'),
  spaces: fc.integer({ min: 2, max: 20 }),
  date: fc.nat({ max: DATE_FORMS.length - 1 }),
  thread: fc.boolean(),
  header: fc.boolean(),
  quote: fc.boolean(),
  crlf: fc.boolean(),
});

/** A log line as a CMTrace/Trace32 copy: Log Text, Component, Date/Time, Thread (or without Thread). */
export function renderCmtraceCopy(
  entry: { message: string; component: string },
  style: CmtraceStyle,
): string {
  const sep = style.separator === 'tab' ? '\t' : ' '.repeat(style.spaces);
  const columns = [
    entry.message,
    entry.component,
    DATE_FORMS[style.date]!,
    ...(style.thread ? ['3120 (0x0C30)'] : []),
  ];
  const header = ['Log Text', 'Component', 'Date/Time', ...(style.thread ? ['Thread'] : [])];
  const lines = [...(style.header ? [header.join(sep)] : []), columns.join(sep)];
  return (style.quote ? lines.map((line) => `> ${line}`) : lines).join(style.crlf ? '\r\n' : '\n');
}
