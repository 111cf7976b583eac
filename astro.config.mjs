// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { configMgrLogGrammar } from './src/lib/shiki/configmgr-log-grammar.mjs';
import { themeClassesTransformer } from './src/lib/shiki/theme-classes.mjs';
import { shikiThemeCss } from './src/lib/shiki/theme-css-plugin.mjs';

// OOBKB_BASE lets the site be deployed under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.OOBKB_BASE ?? '/';
const THEMES = /** @type {const} */ ({ light: 'github-light', dark: 'github-dark' });

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: THEMES,
      defaultColor: false,
      langs: [configMgrLogGrammar],
      wrap: true,
      // Colours become classes (no inline styles), so the CSP can forbid inline styles.
      transformers: [themeClassesTransformer],
    },
  },
  vite: { plugins: [shikiThemeCss(THEMES.light, THEMES.dark)] },
  devToolbar: { enabled: false },
});
