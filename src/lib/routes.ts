// Every page's path, in one place: the pages, their alternates, the sitemap, the CLI, the widget
// and the search build their links from these. Paths are relative to the site's base and end in
// "/" (e.g. "en/articles/ipv6-slow-response/"); src/lib/paths.ts puts the deployment base in front.
// Pure: no import.meta.env, so the CLI can use it too.
import type { Lang } from '../schemas/languages.ts';

export const routes = {
  home: (lang: Lang) => `${lang}/`,
  articles: (lang: Lang) => `${lang}/articles/`,
  article: (lang: Lang, slug: string) => `${lang}/articles/${slug}/`,
  diagnose: (lang: Lang) => `${lang}/diagnose/`,
  search: (lang: Lang, query?: string) =>
    `${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  codes: (lang: Lang) => `${lang}/codes/`,
  code: (lang: Lang, code: string) => `${lang}/codes/${code}/`,
  logs: (lang: Lang) => `${lang}/logs/`,
  log: (lang: Lang, log: string) => `${lang}/logs/${log}/`,
} as const;

/** A page in both languages, e.g. alternates(routes.article, slug) → { ja: "ja/articles/x/", en: "en/articles/x/" }. */
export function alternates<A extends unknown[]>(
  route: (lang: Lang, ...args: A) => string,
  ...args: A
): Record<Lang, string> {
  return { ja: route('ja', ...args), en: route('en', ...args) };
}
