// SHIPS TO THE BROWSER (search page only). Builds the search UI's DOM with
// createElement and text nodes only: no query, title or excerpt ever goes through innerHTML.
import { articleUrl, codeUrl } from '../../lib/paths.ts';
import { excerptParts } from '../../lib/search/excerpt.ts';
import { pageExcerpt } from '../../lib/search/page-excerpt.ts';
import type { CodeCard } from './controller.ts';
import type { PagefindData } from './pagefind.ts';
import type { SearchStrings } from '../../i18n/search.ts';
import { el, type Child } from '../element.ts';

export { el };

/** An excerpt as text and <mark> elements, rebuilt from Pagefind's highlighted string. */
export function excerptNode(excerpt: string): HTMLParagraphElement {
  const parts = excerptParts(excerpt).map(({ text, mark }) => (mark ? el('mark', {}, text) : text));
  return el('p', { class: 'search-result__excerpt' }, ...parts);
}

/** One result: the page title as a link, then the excerpt (from the page's text, never its indexed spellings). */
export function resultItem(data: PagefindData): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  return el(
    'li',
    { class: 'search-result' },
    el('h2', { class: 'search-result__title' }, el('a', { href: data.url }, title)),
    excerptNode(pageExcerpt(data)),
  );
}

/** A definition list row. */
const row = (term: string, ...details: Child[]) => [el('dt', {}, term), el('dd', {}, ...details)];

const hex = (n: number) => `0x${n.toString(16).toUpperCase()}`;

/** The card of an error code: decoded fields, name and message, and the articles that involve it. */
export function codeCardNode(card: CodeCard, lang: 'ja' | 'en', s: SearchStrings): HTMLElement {
  const { code, parts, entry } = card;
  const id = `code-card-${code}`;
  const name = entry?.names[0];
  const articles = entry?.articles ?? [];
  const facility = `${parts.facilityName ?? '—'} (${parts.facility})`;
  return el(
    'section',
    { class: 'code-card', 'aria-labelledby': id, 'data-code': code },
    el(
      'h2',
      { id, class: 'code-card__title' },
      `${s.codeCard} `,
      el('code', {}, code),
      name && ` ${name}`,
    ),
    el('p', { class: 'code-card__message' }, entry?.message ?? s.unknownCode),
    entry?.origin && el('p', {}, entry.origin),
    // A code with an origin is not an HRESULT (e.g. an AMT result code): it has no HRESULT fields.
    !entry?.origin &&
      el(
        'dl',
        { class: 'code-card__fields' },
        ...row(s.severity, parts.severity),
        ...row(s.facility, facility),
        ...row(s.code, el('code', {}, hex(parts.code)), ` (${parts.code})`),
        ...(parts.win32 !== undefined ? row(s.win32, String(parts.win32)) : []),
      ),
    el('p', { class: 'code-card__articles-title' }, s.articlesInvolving),
    articles.length
      ? el(
          'ul',
          { class: 'code-card__articles' },
          ...articles.map((a) =>
            el('li', {}, el('a', { href: articleUrl(lang, a.slug) }, a.title)),
          ),
        )
      : el('p', {}, s.noArticles),
    entry && el('p', {}, el('a', { href: codeUrl(lang, code) }, `${s.codePage}: ${code}`)),
  );
}
