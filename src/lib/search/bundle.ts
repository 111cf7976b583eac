// Where the search bundle lives in the built site; shared by the build script and the pages.

/** The Pagefind bundle's folder under the site root (src/integrations/pagefind.ts writes it). */
export const BUNDLE_DIR = 'pagefind';
/** The Japanese query rewrites, written into the bundle folder (see japanese-query.ts). */
export const JA_REWRITES_FILE = 'rewrites.ja.json';
