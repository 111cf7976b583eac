// NODE ONLY (build time). Indexes the built site with Pagefind's extended build (Japanese
// segmentation), as an Astro integration: only elements marked data-pagefind-body are indexed
// (article bodies and the code and log reference pages), and each <html lang> gets its own index.
// Then it writes the Japanese query rewrites (japanese-rewrites.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { BUNDLE_DIR, JA_REWRITES_FILE } from '../lib/search/bundle.ts';
import { japaneseRewrites } from '../lib/search/japanese-rewrites.ts';

/** Pagefind's own UIs: the site has its own small UI (no inline styles), so these never load. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];
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
function fragmentContents(bundle: string, lang: string): string[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${lang}_`))
    .map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(dir, file)))
              .toString('utf8')
              .slice(SIGNATURE.length),
          ) as { content: string }
        ).content,
    );
}

/** Indexes a built site folder; returns a one-line summary. */
export async function buildSearchIndex(site: string): Promise<string> {
  const bundle = join(site, BUNDLE_DIR);
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  const added = await index.addDirectory({ path: site });
  check('addDirectory', added.errors);
  // The files are written here from memory rather than by Pagefind's writeFiles(): in a build that
  // ends right after this hook, writeFiles() once left pagefind-entry.json empty.
  const written = await index.getFiles();
  check('getFiles', written.errors);
  await pagefind.close();
  rmSync(bundle, { recursive: true, force: true });
  for (const file of written.files) {
    if (UNUSED.includes(file.path)) continue;
    mkdirSync(dirname(join(bundle, file.path)), { recursive: true });
    writeFileSync(join(bundle, file.path), file.content);
  }

  const rewrites = japaneseRewrites(fragmentContents(bundle, 'ja'));
  writeFileSync(join(bundle, JA_REWRITES_FILE), JSON.stringify(rewrites));
  const pages = readdirSync(join(bundle, 'fragment')).length;
  if (pages === 0)
    throw new Error(`pagefind indexed no page of ${site}/: is data-pagefind-body missing?`);
  return `${pages} pages indexed into ${bundle}/, ${Object.keys(rewrites.split).length + rewrites.whole.length} Japanese query rewrites`;
}

/**
 * Runs Pagefind when Astro has written the site, so `astro build` alone makes the whole site,
 * search included. OOBKB_SEARCH_INDEX=skip leaves it out (the scale benchmark times the two steps
 * apart with scripts/build-search-index.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'oobkb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['OOBKB_SEARCH_INDEX'] === 'skip')
          return logger.info('search index skipped (OOBKB_SEARCH_INDEX=skip)');
        logger.info(await buildSearchIndex(fileURLToPath(dir)));
      },
    },
  };
}
