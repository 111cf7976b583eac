// The scale section of the report.
import { fixed, int } from './format.ts';
import type { ScaleRow } from './scale-bench.ts';
import type { Table } from './table.ts';

const kb = (bytes: number): string => `${fixed(bytes / 1024)} KB`;
const mb = (value: number | undefined): string =>
  value === undefined ? 'n/a' : `${int(value)} MB`;

/** Build time, memory and index sizes per knowledge-base size, with per-article growth. */
export function scaleTable(rows: readonly ScaleRow[]): Table {
  const base = rows[0];
  return {
    title: 'Scale: building the site and its search index (one run each)',
    head: [
      'articles',
      'astro build',
      'peak RSS',
      'search index build',
      'peak RSS',
      '/pagefind/ size',
      'diagnose-index.json',
      'ms per article (build)',
      'article page, first visit (gzip)',
      'of it JS',
    ],
    rows: rows.map((r) => [
      int(r.articles),
      `${int(r.astroMs)} ms`,
      mb(r.astroRssMb),
      `${int(r.searchMs)} ms`,
      mb(r.searchRssMb),
      kb(r.searchIndexBytes),
      kb(r.diagnoseIndexBytes),
      base && r !== base
        ? fixed(
            (r.astroMs + r.searchMs - base.astroMs - base.searchMs) / (r.articles - base.articles),
            1,
          )
        : '',
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

/** The first search's transfer per language and query. */
export function firstQueryTable(rows: readonly import('./search-bench.ts').FirstQueryRow[]): Table {
  return {
    title: 'Search: the first query from an article page (gzip bytes on the wire, Chromium)',
    head: ['lang', 'query', 'transferred', 'requests', 'budget'],
    rows: rows.map((r) => [
      r.lang,
      r.query,
      kb(r.bytes),
      int(r.requests),
      r.bytes <= 100 * 1024 ? 'within 100 KB' : 'OVER 100 KB',
    ]),
    notes: [
      "Everything fetched from pressing Enter in the header box until the answer: the search page, its script, Pagefind, its WebAssembly, index chunks and the first results' fragments (the stylesheet comes from the cache).",
    ],
  };
}
