// /{lang}/codes.json: the code catalogue for the search page's code card, with the articles that
// involve each code. Fetched only when a search query is an error code; pages never load it.
import type { APIRoute } from 'astro';
import { messageLine } from '../../lib/content/code-message.ts';
import {
  allCodes,
  articlesWithCode,
  codeCatalogue,
  langPaths,
} from '../../lib/content/knowledge-base.ts';
import type { CodeCardEntry, CodeCatalogueJson } from '../../lib/search/code-catalogue.ts';
import type { Lang } from '../../schemas/languages.ts';

export const getStaticPaths = langPaths;

/** The card of one code in a language. */
function card(lang: Lang, code: string): CodeCardEntry {
  const entry = codeCatalogue.get(code);
  const card: CodeCardEntry = {
    names: entry?.names ?? [],
    articles: articlesWithCode(lang, code).map((a) => ({ slug: a.slug, title: a.title })),
  };
  if (entry) card.message = messageLine(entry, lang);
  if (entry?.origin) card.origin = entry.origin[lang];
  return card;
}

/** The catalogue of a language as JSON. */
export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Lang;
  const json: CodeCatalogueJson = Object.fromEntries(
    allCodes().map((code) => [code, card(lang, code)]),
  );
  return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
};
