// SHIPS TO THE BROWSER (search page only). Loads Pagefind's JS API from the
// site's own bundle (pagefind/pagefind.js, under the deployment base) and types the part we use.

/** A Pagefind filter query: per filter, any of these values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** What a result's data() resolves to. */
export interface PagefindData {
  url: string;
  excerpt: string;
  /** Everything indexed, < and > escaped (U+200B between segmented words): excerpts are rebuilt from it. */
  raw_content?: string;
  weighted_locations?: { location: number; balanced_score: number }[];
  meta: { title?: string; summary?: string; codes?: string; identifiers?: string };
}

/** One ranked result; its data (excerpt, URL) loads on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** The answer to a search. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** The module pagefind.js exports. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters },
  ) => Promise<PagefindResponse>;
}

let loading: Promise<PagefindApi> | undefined;

/** Imports pagefind.js once per page and sets it up: result URLs under the site base, no worker. */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
    // Pagefind 1.5 runs in a Web Worker by default, which costs a second copy of its code (~12 KB
    // gzip); on this small index the main thread is fast enough. Options must precede init().
    await api.options({ baseUrl, noWorker: true });
    await api.init();
    return api;
  })();
  return loading;
}
