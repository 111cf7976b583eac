// The scale section of the report.
import { fixed, int } from './format.ts';
import type { ScaleRow } from './scale-bench.ts';
import type { Table } from './table.ts';

const kb = (bytes: number): string => `${fixed(bytes / 1024)} KB`;
const mb = (value: number | undefined): string => (value === undefined ? 'n/a' : `${int(value)} MB`);

/** Build time, memory and index sizes per knowledge-base size, with per-article growth. */
export function scaleTable(rows: readonly ScaleRow[]): Table {
  const base = rows[0];
  return {
    title: 'Scale: building the site and its search index (one run each)',
    head: ['articles', 'astro build', 'peak RSS', 'search index build', 'peak RSS', '/pagefind/ size', 'diagnose-index.json', 'ms per article (build)', 'article page, first visit (gzip)', 'of it JS'],
    rows: rows.map((r) => [
      int(r.articles),
      `${int(r.astroMs)} ms`,
      mb(r.astroRssMb),
      `${int(r.searchMs)} ms`,
      mb(r.searchRssMb),
      kb(r.searchIndexBytes),
      kb(r.diagnoseIndexBytes),
      base && r !== base ? fixed((r.astroMs + r.searchMs - base.astroMs - base.searchMs) / (r.articles - base.articles), 1) : '',
      `${int(r.articleWeight)} B`,
      `${int(r.articleJs)} B`,
    ]),
    notes: [
      'Generated articles come from scripts/generate-articles.ts (both languages, one signature each) beside the 15 real ones.',
      '"ms per article" is the added build time (Astro + search) divided by the added articles: if it stays flat, growth is linear.',
      'The article page is the same real article at every size: its weight must not grow with the number of articles.',
    ],
  };
}
