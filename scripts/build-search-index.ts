// Indexes the built site (dist/) with Pagefind's extended build (Japanese segmentation) after
// `astro build`; `npm run build` runs both. Only elements marked data-pagefind-body are indexed:
// article bodies and the code and log reference pages. Each <html lang> gets its own index.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The built site: dist/ unless another output directory is given (astro build --outDir). */
const SITE = process.argv[2] ?? 'dist';
const BUNDLE = join(SITE, 'pagefind');
/** Pagefind's own UIs: we ship a small custom UI (no inline styles), so these are never loaded. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

// Word index chunks of ~2,000 locations instead of 20,000: a query fetches a few KB of index
// instead of a whole language, which keeps the first query under its 100 KB budget.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '2000';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

const { index, errors } = await pagefind.createIndex({});
check('createIndex', errors);
if (!index) throw new Error('pagefind createIndex returned no index');
const added = await index.addDirectory({ path: SITE });
check('addDirectory', added.errors);
if (added.page_count === 0) throw new Error(`pagefind found no data-pagefind-body page in ${SITE}/`);
check('writeFiles', (await index.writeFiles({ outputPath: BUNDLE })).errors);
await pagefind.close();
for (const file of UNUSED) rmSync(join(BUNDLE, file), { force: true });
console.log(`pagefind: indexed ${added.page_count} pages into ${BUNDLE}/`);
