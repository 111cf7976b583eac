import type { Lang } from '../schemas/languages.ts';

/** The site's base path (e.g. "/" or "/kb/"), always ending in "/". */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-internal URL under the deployment base: href('ja/articles/') → "/kb/ja/articles/". */
export const href = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

export const homeUrl = (lang: Lang) => href(`${lang}/`);
export const articlesUrl = (lang: Lang) => href(`${lang}/articles/`);
export const articleUrl = (lang: Lang, slug: string) => href(`${lang}/articles/${slug}/`);
export const diagnoseUrl = (lang: Lang) => href(`${lang}/diagnose/`);
export const searchUrl = (lang: Lang) => href(`${lang}/search/`);
export const codeUrl = (lang: Lang, code: string) => href(`${lang}/codes/${code}/`);
export const logUrl = (lang: Lang, log: string) => href(`${lang}/logs/${log}/`);

/** The other language of the site. */
export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');
