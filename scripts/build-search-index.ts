// Indexes the built site with Pagefind's extended build (Japanese segmentation) after
// `astro build`; `npm run build` runs both. Only elements marked data-pagefind-body are indexed:
// article bodies and the code and log reference pages. Each <html lang> gets its own index.
// Usage: node scripts/build-search-index.ts [site folder, default dist]
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { BUNDLE_DIR, JA_REWRITES_FILE } from '../src/lib/search/bundle.ts';
import { japaneseRewrites } from '../src/lib/search/japanese-rewrites.ts';

const SITE = process.argv[2] ?? 'dist';
const BUNDLE = join(SITE, BUNDLE_DIR);
/** Pagefind's own UIs: the site has its own small UI (no inline styles), so these never load. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js'];
/** The signature Pagefind puts before a decompressed file's data. */
const SIGNATURE = 'pagefind_dcd';

// Word index chunks of ~250 word locations instead of 20,000: a query then fetches a few KB of
// index instead of a whole language, which keeps the first query under its 100 KB budget.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '250';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The text of every page of a language, as Pagefind stored it (words separated by U+200B). */
function fragmentContents(lang: string): string[] {
  const dir = join(BUNDLE, 'fragment');
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${lang}_`))
    .map((file) => (JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8').slice(SIGNATURE.length)) as { content: string }).content);
}

const { index, errors } = await pagefind.createIndex({});
check('createIndex', errors);
if (!index) throw new Error('pagefind createIndex returned no index');
const added = await index.addDirectory({ path: SITE });
check('addDirectory', added.errors);
check('writeFiles', (await index.writeFiles({ outputPath: BUNDLE })).errors);
await pagefind.close();
for (const file of UNUSED) rmSync(join(BUNDLE, file), { force: true });

const rewrites = japaneseRewrites(fragmentContents('ja'));
writeFileSync(join(BUNDLE, JA_REWRITES_FILE), JSON.stringify(rewrites));
const pages = readdirSync(join(BUNDLE, 'fragment')).length;
if (pages === 0) throw new Error(`pagefind indexed no page of ${SITE}/: is data-pagefind-body missing?`);
console.log(`pagefind: ${pages} pages indexed into ${BUNDLE}/, ${Object.keys(rewrites.split).length + rewrites.whole.length} Japanese query rewrites`);
