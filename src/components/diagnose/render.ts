// SHIPS TO THE BROWSER (loaded on first use). Builds the widget's DOM from data, and nothing else:
// no state, no events beyond the table's own. Log text only ever goes into text nodes (never
// innerHTML), so a pasted <script> shows as text and runs nothing.
import type {
  QuotedLine,
  ShownCode,
  ShownMatch,
  TableRow,
  WidgetResult,
} from '../../lib/diagnose-worker/protocol.ts';
import { ENCODING_NAMES, type WidgetStrings } from '../../i18n/widget.ts';
import { el } from '../element.ts';

export { el };

/** What the widget's answer links to and says. */
export interface RenderContext {
  strings: WidgetStrings;
  /** An article's page. */
  articleUrl: (slug: string) => string;
  /** The diagnose page, for the share link. */
  page: string;
  /** The search page, offered with a description's words when it matches nothing. */
  search: string;
  /** On an article page: that article's slug. */
  article?: string | undefined;
}

/** A quoted physical line with the signature's spans marked. */
function quotedLine(quote: QuotedLine, strings: WidgetStrings): HTMLLIElement {
  const code = el('code');
  let at = 0;
  for (const { start, end } of [...quote.spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    code.append(quote.text.slice(at, start), el('mark', {}, quote.text.slice(start, end)));
    at = end;
  }
  code.append(quote.text.slice(at));
  return el('li', {}, el('span', { class: 'line-no' }, `${strings.line} ${quote.line}`), ' ', code);
}

function matchItem(match: ShownMatch, ctx: RenderContext): HTMLLIElement {
  const { strings } = ctx;
  const { slug, confidence } = match;
  return el(
    'li',
    { class: `match match--${confidence}`, 'data-slug': slug, 'data-confidence': confidence },
    el('a', { href: ctx.articleUrl(slug) }, match.title),
    ' ',
    el(
      'span',
      { class: `badge badge--${confidence}` },
      confidence === 'strong' ? strings.strong : strings.possible,
    ),
    match.via === 'symptoms' && ' ',
    match.via === 'symptoms' &&
      el('span', { class: 'via' }, `(${strings.viaSymptoms}: ${match.terms.join(' ')})`),
    ...match.missing.map((missing) => el('p', { class: 'missing' }, missing)),
    match.lines.length > 0 &&
      el(
        'ul',
        { class: 'evidence', 'aria-label': strings.evidence },
        ...match.lines.map((quote) => quotedLine(quote, strings)),
      ),
    match.more > 0 && el('p', { class: 'more-evidence' }, strings.moreEvidence(match.more)),
  );
}

/** The lead sentence of an answer: how many articles, or whether the log fits this article. */
export function leadLine(result: WidgetResult, ctx: RenderContext): HTMLParagraphElement {
  const { strings, article } = ctx;
  const [top] = result.matches;
  let text: string;
  if (article)
    text =
      top?.slug === article ? strings.bestHere : top ? strings.betterElsewhere : strings.notHere;
  else if (result.notice === 'failed') text = strings.failed;
  else if (result.searchQuery) text = strings.noDescriptionMatch;
  else text = result.matches.length ? strings.results(result.matches.length) : strings.noMatch;
  return el('p', { class: 'lead' }, text);
}

/** For a description that matched nothing: the search page, with its words already in the box. */
export function searchOffer(query: string, ctx: RenderContext): HTMLParagraphElement {
  const link = el(
    'a',
    { href: `${ctx.search}?q=${encodeURIComponent(query)}` },
    ctx.strings.searchInstead,
  );
  return el('p', { class: 'search-offer' }, link);
}

/** The ordered list of matched articles, best first. */
export function matchList(matches: readonly ShownMatch[], ctx: RenderContext): HTMLOListElement {
  return el('ol', { class: 'matches' }, ...matches.map((match) => matchItem(match, ctx)));
}

/** The decoded error codes of the log. */
export function codeList(codes: readonly ShownCode[], strings: WidgetStrings): HTMLElement {
  const items = codes.map((code) => {
    const details = [
      code.name,
      code.message ?? strings.unknownCode,
      `${strings.facility} ${code.facility}`,
    ];
    if (code.win32 !== undefined) details.push(`${strings.win32} ${code.win32}`);
    details.push(`${strings.line} ${code.line}`);
    return el('li', {}, el('code', {}, code.code), ' ', details.filter(Boolean).join(' — '));
  });
  return el('section', { class: 'codes' }, el('h3', {}, strings.codes), el('ul', {}, ...items));
}

/** The files read, with their encodings. */
export function fileLine(
  files: WidgetResult['files'],
  strings: WidgetStrings,
): HTMLParagraphElement {
  return el(
    'p',
    { class: 'files' },
    strings.files(files.map((f) => `${f.name} (${ENCODING_NAMES[f.encoding]})`).join(', ')),
  );
}

/** A link that carries only the suggested articles' slugs, never the log. */
export function shareLink(
  matches: readonly ShownMatch[],
  ctx: RenderContext,
): HTMLParagraphElement {
  const href = `${ctx.page}#articles=${matches.map((m) => encodeURIComponent(m.slug)).join(',')}`;
  return el('p', {}, el('a', { class: 'share', href }, ctx.strings.share));
}

/** The articles of a shared link. */
export function sharedList(
  articles: readonly { slug: string; title: string }[],
  ctx: RenderContext,
): HTMLOListElement {
  return el(
    'ol',
    { class: 'matches' },
    ...articles.map((a) => el('li', {}, el('a', { href: ctx.articleUrl(a.slug) }, a.title))),
  );
}

function tableRow(row: TableRow): HTMLTableRowElement {
  const cells = [
    ...(row.file === undefined ? [] : [row.file]),
    String(row.line),
    row.message,
    row.component ?? '',
    row.time ?? '',
    row.thread === undefined ? '' : String(row.thread),
  ];
  return el('tr', { class: `sev-${row.severity}` }, ...cells.map((value) => el('td', {}, value)));
}

/** Asks the worker for the table's rows; undefined when a newer answer has replaced this one. */
export type RowLoader = (
  problemsOnly: boolean,
) => Promise<{ rows: TableRow[]; total: number } | undefined>;

/** The parsed log as a table with CMTrace colours and an errors-and-warnings filter. */
export function logTable(
  result: WidgetResult,
  strings: WidgetStrings,
  loadRows: RowLoader,
): HTMLDetailsElement {
  const filter = el('input', { type: 'checkbox' });
  const note = el('p', { class: 'table-note' });
  const body = el('tbody');
  // Several files are merged by time in the worker, each row naming its file.
  const merged = result.files.length > 1;
  const columns = merged ? [strings.fileColumn, ...strings.columns] : strings.columns;
  const table = el(
    'table',
    { class: merged ? 'merged' : 'single' },
    el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', {}, column)))),
    body,
  );
  const details = el(
    'details',
    { class: 'parsed-log' },
    el(
      'summary',
      {},
      `${strings.parsedLog} (${result.streamed ? strings.streamedEntries(result.entries, result.lines) : strings.entries(result.entries)})`,
    ),
    el('label', {}, filter, ' ', `${strings.onlyProblems} (${result.problems})`),
    merged && el('p', { class: 'table-note' }, strings.mergedTable(result.files.length)),
    note,
    // Focusable, so a table wider than a phone scrolls by keyboard too.
    el(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': strings.parsedLog },
      table,
    ),
  );
  // Only the newest request fills the table, however the answers to quick filter changes arrive.
  let requests = 0;
  const fill = async (): Promise<void> => {
    const request = ++requests;
    const answer = await loadRows(filter.checked);
    if (request !== requests || !answer) return;
    body.replaceChildren(...answer.rows.map(tableRow));
    note.textContent =
      answer.rows.length < answer.total
        ? strings.tableCapped(answer.rows.length, answer.total)
        : '';
  };
  filter.addEventListener('change', () => void fill());
  // Up to 2,000 rows come from the worker only when the table is first opened, so showing an
  // answer stays one short task on the page's thread.
  details.addEventListener('toggle', () => details.open && requests === 0 && void fill());
  return details;
}
