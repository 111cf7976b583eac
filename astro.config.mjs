// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { configMgrLogGrammar } from './src/lib/shiki/configmgr-log-grammar.mjs';
import { themeClassesTransformer } from './src/lib/shiki/theme-classes.mjs';
import { shikiThemeCss } from './src/lib/shiki/theme-css-plugin.mjs';

// OOBKB_BASE lets the site be deployed under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.OOBKB_BASE ?? '/';
// OOBKB_SITE is the public origin (e.g. https://intranet.example): it makes hreflang links and the
// sitemap absolute. Without it they are root-relative, which any host serves correctly.
const site = process.env.OOBKB_SITE || undefined;
const THEMES = /** @type {const} */ ({ light: 'github-light', dark: 'github-dark' });

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pagefind runs when the site is written (astro:build:done): `astro build` alone makes the whole site.
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    shikiConfig: {
      themes: THEMES,
      defaultColor: false,
      langs: [configMgrLogGrammar],
      // Long log lines scroll inside their block (global.css), never the page, and are not wrapped.
      wrap: false,
      // Colours become classes (no inline styles), so the CSP can forbid inline styles.
      transformers: [themeClassesTransformer],
    },
  },
  vite: { plugins: [shikiThemeCss(THEMES.light, THEMES.dark)] },
  // A Content-Security-Policy <meta> on every page: scripts, styles, workers and fetches from the
  // site itself only ('wasm-unsafe-eval' lets Pagefind compile its WebAssembly). Astro adds the
  // hashes of the scripts and styles it inlines.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
