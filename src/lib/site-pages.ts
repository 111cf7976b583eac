// The pages of the site that belong in the sitemap, as site paths without base, with their
// alternate language versions.
import { allCodes, articlesIn, logCatalogue } from './content/knowledge-base.ts';
import { alternates, routes } from './routes.ts';

/** One page in both languages: the path for each. */
export interface PagePair {
  ja: string;
  en: string;
}

/** Every bilingual page of the site. */
export function sitePages(): PagePair[] {
  return [
    alternates(routes.home),
    alternates(routes.articles),
    ...articlesIn('ja').map((a) => alternates(routes.article, a.slug)),
    alternates(routes.diagnose),
    alternates(routes.search),
    alternates(routes.codes),
    ...allCodes().map((code) => alternates(routes.code, code)),
    alternates(routes.logs),
    ...[...logCatalogue.keys()].map((log) => alternates(routes.log, log)),
  ];
}
