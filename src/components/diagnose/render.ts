// SHIPS TO THE BROWSER (loaded on first use). Builds the result DOM. Log text only ever goes into
// text nodes (textContent), never into HTML, so a pasted <script> shows as text and runs nothing.
import { describeMissing } from '../../lib/diagnose/explain.ts';
import type { QuotedLine, TableRow, WidgetMatch, WidgetResult } from '../../lib/diagnose-worker/protocol.ts';
import type { WidgetStrings } from './strings.ts';

type Lang = 'ja' | 'en';

export interface RenderContext { lang: Lang; strings: WidgetStrings; articleUrl: (slug: string) => string; titles: Map<string, string> }

/** An element with text content and optional class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A quoted physical line with the signature's spans marked. */
function quotedLine(quote: QuotedLine, strings: WidgetStrings): HTMLElement {
  const item = el('li');
  item.append(el('span', `${strings.line} ${quote.line}`, 'line-no'), ' ');
  const code = el('code');
  let at = 0;
  for (const { start, end } of [...quote.spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    code.append(quote.text.slice(at, start), el('mark', quote.text.slice(start, end)));
    at = end;
  }
  code.append(quote.text.slice(at));
  item.append(code);
  return item;
}

function matchItem(match: WidgetMatch, ctx: RenderContext): HTMLLIElement {
  const { strings, lang } = ctx;
  const item = el('li', undefined, `match match--${match.confidence}`);
  item.dataset['slug'] = match.slug;
  item.dataset['confidence'] = match.confidence;
  const link = el('a', ctx.titles.get(match.slug) ?? match.slug);
  link.href = ctx.articleUrl(match.slug);
  item.append(link, ' ', el('span', match.confidence === 'strong' ? strings.strong : strings.possible, `badge badge--${match.confidence}`));
  if (match.via === 'symptoms') item.append(' ', el('span', `(${strings.viaSymptoms}: ${match.terms.join(' ')})`, 'via'));
  for (const missing of match.missing) item.append(el('p', describeMissing(missing, lang), 'missing'));
  if (match.lines.length) {
    const list = el('ul', undefined, 'evidence');
    list.setAttribute('aria-label', strings.evidence);
    for (const quote of match.lines) list.append(quotedLine(quote, strings));
    item.append(list);
  }
  const more = match.occurrences - match.evidence.length;
  if (more > 0) item.append(el('p', strings.moreEvidence(more), 'more-evidence'));
  return item;
}

/** The ordered list of matched articles, best first. */
export function matchList(result: WidgetResult, ctx: RenderContext): HTMLOListElement {
  const list = el('ol', undefined, 'matches');
  for (const match of result.matches) list.append(matchItem(match, ctx));
  return list;
}

/** The decoded error codes of the log. */
export function codeList(result: WidgetResult, ctx: RenderContext): HTMLElement {
  const { strings, lang } = ctx;
  const section = el('section', undefined, 'codes');
  section.append(el('h3', strings.codes));
  const list = el('ul');
  for (const code of result.codes) {
    const item = el('li');
    item.append(el('code', code.code), ' ');
    const facility = code.hresult.facilityName ?? String(code.hresult.facility);
    const details = [code.known?.names[0], code.known?.message[lang] ?? strings.unknownCode, `${strings.facility} ${facility}`];
    if (code.hresult.win32 !== undefined) details.push(`${strings.win32} ${code.hresult.win32}`);
    details.push(`${strings.line} ${code.firstLine}`);
    item.append(details.filter(Boolean).join(' — '));
    list.append(item);
  }
  section.append(list);
  return section;
}

function tableRow(row: TableRow): HTMLTableRowElement {
  const tr = el('tr', undefined, `sev-${row.severity}`);
  for (const value of [String(row.line), row.message, row.component ?? '', row.time ?? '', row.thread === undefined ? '' : String(row.thread)]) tr.append(el('td', value));
  return tr;
}

/** Asks the worker for the table's rows; undefined when a newer answer has replaced this one. */
export type RowLoader = (problemsOnly: boolean) => Promise<{ rows: TableRow[]; total: number } | undefined>;

/** The parsed log as a table with CMTrace colours and an errors-and-warnings filter. */
export function logTable(result: WidgetResult, ctx: RenderContext, loadRows: RowLoader): HTMLElement {
  const { strings } = ctx;
  const details = el('details', undefined, 'parsed-log');
  details.append(el('summary', `${strings.parsedLog} (${strings.entries(result.entries)})`));
  const label = el('label');
  const filter = el('input');
  filter.type = 'checkbox';
  label.append(filter, ' ', `${strings.onlyProblems} (${result.problems})`);
  const note = el('p', undefined, 'table-note');
  const table = el('table');
  const head = el('tr');
  for (const column of strings.columns) head.append(el('th', column));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  // Only the newest request fills the table, however the answers to quick filter changes arrive.
  let requests = 0;
  const fill = async (): Promise<void> => {
    const request = ++requests;
    const answer = await loadRows(filter.checked);
    if (request !== requests || !answer) return;
    table.tBodies[0]!.replaceChildren(...answer.rows.map(tableRow));
    note.textContent = answer.rows.length < answer.total ? strings.tableCapped(answer.rows.length, answer.total) : '';
  };
  filter.addEventListener('change', () => void fill());
  // Up to 2,000 rows come from the worker only when the table is first opened, so showing an
  // answer stays one short task on the page's thread.
  details.addEventListener('toggle', () => details.open && requests === 0 && void fill());
  const scroller = el('div', undefined, 'table-scroll');
  scroller.append(table);
  details.append(label, note, scroller);
  return details;
}
