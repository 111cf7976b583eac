import type { Lang } from '../schemas/languages.ts';
import { routes } from './routes.ts';

/** The site's base path (e.g. "/" or "/kb/"), always ending in "/". */
const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A site-internal URL under the deployment base: href('ja/articles/') → "/kb/ja/articles/". */
export const href = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

export const homeUrl = (lang: Lang) => href(routes.home(lang));
export const articlesUrl = (lang: Lang) => href(routes.articles(lang));
export const articleUrl = (lang: Lang, slug: string) => href(routes.article(lang, slug));
export const diagnoseUrl = (lang: Lang) => href(routes.diagnose(lang));
export const searchUrl = (lang: Lang) => href(routes.search(lang));
export const codeUrl = (lang: Lang, code: string) => href(routes.code(lang, code));
export const logUrl = (lang: Lang, log: string) => href(routes.log(lang, log));

/** The other language of the site. */
export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');
