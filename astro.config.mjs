// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { configMgrLogGrammar } from './src/lib/shiki/configmgr-log-grammar.mjs';

// OOBKB_BASE lets the site be deployed under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.OOBKB_BASE ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // Colours come from CSS variables so the code follows the system theme (see global.css).
      defaultColor: false,
      langs: [configMgrLogGrammar],
      wrap: true,
    },
  },
  devToolbar: { enabled: false },
});
