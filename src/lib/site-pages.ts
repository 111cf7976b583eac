// The pages of the site that belong in the sitemap, as site paths without base, with their
// alternate language versions.
import { allCodes, articlesIn, logCatalogue } from './content/knowledge-base.ts';

/** One page in both languages: the path for each. */
export interface PagePair { ja: string; en: string }

const pair = (path: string): PagePair => ({ ja: `ja/${path}`, en: `en/${path}` });

/** Every bilingual page of the site. */
export function sitePages(): PagePair[] {
  return [
    pair(''),
    pair('articles/'),
    ...articlesIn('ja').map((a) => pair(`articles/${a.slug}/`)),
    pair('diagnose/'),
    pair('search/'),
    pair('codes/'),
    ...allCodes().map((code) => pair(`codes/${code}/`)),
    pair('logs/'),
    ...[...logCatalogue.keys()].map((log) => pair(`logs/${log}/`)),
  ];
}
