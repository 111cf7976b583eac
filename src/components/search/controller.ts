// SHIPS TO THE BROWSER (search page only). The one coordinator of the search
// page: it loads Pagefind on demand, turns a query into a Pagefind term (Japanese rewrites) and
// a code card (when the query is an error code), and drops answers that a newer query overtook.
import { decodeHresult, parseCode, type HresultParts } from '../../lib/diagnose/codes.ts';
import type { CodeCardEntry, CodeCatalogueJson } from '../../lib/search/code-catalogue.ts';
import { readCodeQuery } from '../../lib/search/code-query.ts';
import {
  compileRewrites,
  rewriteJapaneseQuery,
  type CompiledRewrites,
  type JapaneseRewrites,
} from '../../lib/search/japanese-query.ts';
import { mergeRelaxed, relaxedTerms, withoutStopWords } from '../../lib/search/relax.ts';
import {
  loadPagefind,
  type PagefindApi,
  type PagefindData,
  type PagefindFilters,
  type PagefindResult,
} from './pagefind.ts';

/** Where a search surface finds its files, from the data-* attributes of its element. */
export interface SearchConfig {
  lang: 'ja' | 'en';
  /** pagefind/pagefind.js under the deployment base. */
  bundle: string;
  /** The deployment base, e.g. "/" or "/kb/": Pagefind's result URLs are relative to it. */
  base: string;
  /** /{lang}/codes.json. */
  codes: string;
  /** The Japanese query rewrites (japanese-query.ts), for the ja index only. */
  rewrites?: string | undefined;
}

/** The code card of a query that is an error code. */
export interface CodeCard {
  code: string;
  parts: HresultParts;
  entry?: CodeCardEntry | undefined;
}

/** The answer to one query. */
export interface SearchOutcome {
  query: string;
  card?: CodeCard | undefined;
  results: PagefindResult[];
}

/** Reads the config from an element's data-* attributes. */
export function readConfig(root: HTMLElement): SearchConfig {
  const {
    lang,
    bundle = 'pagefind/pagefind.js',
    base = '/',
    codes = 'codes.json',
    rewrites,
  } = root.dataset;
  return { lang: lang === 'ja' ? 'ja' : 'en', bundle, base, codes, rewrites };
}

/** Fewer results than this (a page) and the search is relaxed to pages with some of the words. */
const RELAX_BELOW = 5;

const fetchJson = <T>(url: string): Promise<T> =>
  fetch(url).then((r) =>
    r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: HTTP ${r.status}`)),
  );

/** Owns one search surface's state: Pagefind, the code catalogue, the rewrites, the newest search. */
export class SearchController {
  readonly config: SearchConfig;
  #searchID = 0;
  #codes: Promise<CodeCatalogueJson> | undefined;
  #rewrites: Promise<CompiledRewrites | undefined> | undefined;

  constructor(config: SearchConfig) {
    this.config = config;
  }

  /** Starts loading Pagefind (and the Japanese rewrites); called on first focus. */
  load(): Promise<PagefindApi> {
    if (this.config.rewrites)
      this.#rewrites ??= fetchJson<JapaneseRewrites>(this.config.rewrites).then(
        compileRewrites,
        () => undefined,
      );
    return loadPagefind(this.config.bundle, this.config.base);
  }

  /** Searches; resolves to undefined when a newer search started meanwhile. */
  async search(query: string, filters: PagefindFilters = {}): Promise<SearchOutcome | undefined> {
    const id = ++this.#searchID;
    const q = query.trim();
    const hasFilters = Object.keys(filters).length > 0;
    const [pagefind, card, term] = await Promise.all([
      this.load(),
      this.#codeCard(q),
      this.#term(q),
    ]);
    if (id !== this.#searchID) return undefined;
    const results = q || hasFilters ? await this.#find(pagefind, term, filters) : [];
    if (id !== this.#searchID) return undefined;
    return { query: q, card, results };
  }

  /** Pagefind's results for a term; with fewer than a page of them, relaxed (see relax.ts). */
  async #find(
    pagefind: PagefindApi,
    term: string,
    filters: PagefindFilters,
  ): Promise<PagefindResult[]> {
    const strict = (
      await pagefind.search(withoutStopWords(term, this.config.lang) || null, { filters })
    ).results;
    const words = strict.length < RELAX_BELOW ? relaxedTerms(term, this.config.lang) : [];
    if (words.length < 2) return strict;
    const perTerm = await Promise.all(
      words.map(async (word) => (await pagefind.search(word, { filters })).results),
    );
    return mergeRelaxed(strict, perTerm);
  }

  /** Loads the data (URL, title, excerpt) of some results. */
  data(results: readonly PagefindResult[]): Promise<PagefindData[]> {
    return Promise.all(results.map((r) => r.data()));
  }

  /** The term Pagefind gets: the query, with the Japanese rewrites on the ja index. */
  async #term(q: string): Promise<string> {
    const rewrites = this.#rewrites && (await this.#rewrites);
    return rewrites ? rewriteJapaneseQuery(q, rewrites) : q;
  }

  /** The code card, when the query is an error code (codes.json loads only then). */
  async #codeCard(q: string): Promise<CodeCard | undefined> {
    const read = readCodeQuery(q);
    if (!read) return undefined;
    this.#codes ??= fetchJson<CodeCatalogueJson>(this.config.codes).catch(() => ({}));
    const entry = (await this.#codes)[read.code];
    if (!entry && !read.unmistakable) return undefined;
    return { code: read.code, parts: decodeHresult(parseCode(read.code)!), entry };
  }
}
