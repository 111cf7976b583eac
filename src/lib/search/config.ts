// Build time: where the search page finds its files, as data-* attributes for <kb-search>.
// Every URL goes through href(), so a sub-path deployment (OOBKB_BASE) works.
import { href } from '../paths.ts';
import type { Lang } from '../../schemas/languages.ts';
import { BUNDLE_DIR, JA_REWRITES_FILE } from './bundle.ts';

/** data-* attributes read by readConfig() in src/components/search/controller.ts. */
export function searchDataAttributes(lang: Lang): Record<string, string> {
  return {
    'data-lang': lang,
    'data-bundle': href(`${BUNDLE_DIR}/pagefind.js`),
    'data-base': href(''),
    'data-codes': href(`${lang}/codes.json`),
    ...(lang === 'ja' ? { 'data-rewrites': href(`${BUNDLE_DIR}/${JA_REWRITES_FILE}`) } : {}),
  };
}
