// Indexes a built site folder with Pagefind, outside an Astro build (the scale benchmark times the
// two steps apart; `astro build` runs the same step through src/integrations/pagefind.ts).
// Usage: node scripts/build-search-index.ts [site folder, default dist]
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

console.log(`pagefind: ${await buildSearchIndex(process.argv[2] ?? 'dist')}`);
