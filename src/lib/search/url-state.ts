// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// The search page keeps its query and filters in the URL: /en/search/?q=ipv6&version=sp2&version=r2

/** Filter names, as used in the URL and in Pagefind's index. */
export const FILTER_NAMES = ['category', 'version', 'log', 'code'] as const;
/** One filter's name, e.g. version. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the search page shows: a query and, per filter, the chosen option ids (e.g. sp2). */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
}

/** Reads the state from a URL's search params; unknown params are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes the state as search params, in a stable order (q first, then filters). */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  return params;
}
