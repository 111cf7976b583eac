// How the site scales: builds the real knowledge base and generated ones of 1,000 and 2,000 extra
// articles (scripts/generate-articles.ts), timing the Astro build and the search index, with peak
// memory, index sizes and an article page's first-visit weight at each size.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent } from '../generate-articles.ts';
import { pageWeight } from '../lib/page-weight.ts';
import { runCommand } from './measure.ts';

export interface ScaleRow {
  articles: number;
  astroMs: number;
  astroRssMb?: number;
  searchMs: number;
  searchRssMb?: number;
  /** Bytes of /pagefind/ on disk, and of the diagnosis index. */
  searchIndexBytes: number;
  diagnoseIndexBytes: number;
  /** First visit of the same real article page, gzip bytes. */
  articleWeight: number;
  articleJs: number;
}

const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, d) =>
      sum + (d.isDirectory() ? dirBytes(join(dir, d.name)) : statSync(join(dir, d.name)).size),
    0,
  );

function buildOnce(contentDir: string, outDir: string, articles: number): ScaleRow {
  const env = { ...process.env, OOBKB_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  // The search index is timed apart: the Astro build leaves it out, then the script writes it.
  const astro = runCommand(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir],
    { env: { ...env, OOBKB_SEARCH_INDEX: 'skip' } },
  );
  if (astro.status !== 0)
    throw new Error(`astro build of ${articles} articles failed: ${astro.stderr.slice(-500)}`);
  const search = runCommand(process.execPath, ['scripts/build-search-index.ts', outDir], { env });
  if (search.status !== 0)
    throw new Error(`search index of ${articles} articles failed: ${search.stderr.slice(-500)}`);
  const weight = pageWeight(outDir, 'ja/articles/ipv6-slow-response/index.html');
  const row: ScaleRow = {
    articles,
    astroMs: astro.ms,
    searchMs: search.ms,
    searchIndexBytes: dirBytes(join(outDir, 'pagefind')),
    diagnoseIndexBytes: statSync(join(outDir, 'diagnose-index.json')).size,
    articleWeight: weight.total,
    articleJs: weight.js,
  };
  if (astro.maxRssKb) row.astroRssMb = astro.maxRssKb / 1024;
  if (search.maxRssKb) row.searchRssMb = search.maxRssKb / 1024;
  return row;
}

/** One build per size (builds take tens of seconds: one run each, not a median). */
export function benchScale(
  workDir: string,
  extraArticles: readonly number[],
  progress: (m: string) => void,
): ScaleRow[] {
  const rows: ScaleRow[] = [];
  for (const extra of [0, ...extraArticles]) {
    const content = extra ? join(workDir, `content-${extra}`) : 'content';
    if (extra) generateContent(extra, content);
    progress(`site build with ${15 + extra} articles`);
    const out = join(workDir, `dist-${extra}`);
    rows.push(buildOnce(content, out, 15 + extra));
    rmSync(out, { recursive: true, force: true });
    if (extra) rmSync(content, { recursive: true, force: true });
  }
  return rows;
}
