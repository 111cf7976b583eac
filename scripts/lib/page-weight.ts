// NODE ONLY. What a first visit to a built page costs, gzipped: the HTML, the stylesheets it links,
// and the JavaScript it runs eagerly (module scripts, their static imports, inline scripts).
// Chunks loaded with import() on interaction, workers and fetched data are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

// Matches a stylesheet link, e.g. <link rel="stylesheet" href="/_astro/global.css">
const RE_STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;
// Matches an external module script, e.g. <script type="module" src="/_astro/x.js">
const RE_SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
// Matches an inline script's body, e.g. <script type="module">…</script>
const RE_INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
// Matches a static import in a bundled chunk, e.g. import{a as b}from"./chunk.js" or import"./x.js"
const RE_STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A URL path of the site → its file in dist, respecting the deployment base. */
function fileOf(dist: string, base: string, url: string): string {
  return join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
}

/** JS files loaded eagerly from one entry, following static imports (not dynamic import()). */
function eagerScripts(dist: string, base: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry) || !existsSync(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(RE_STATIC_IMPORT)) {
    const target = spec!.startsWith('/') ? fileOf(dist, base, spec!) : join(dirname(entry), spec!);
    eagerScripts(dist, base, posix.normalize(target), seen);
  }
}

/** The first-visit weight of one built page. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const css = [...html.matchAll(RE_STYLESHEET)].map(([, href]) => fileOf(dist, base, href!));
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(RE_SCRIPT_SRC))
    eagerScripts(dist, base, fileOf(dist, base, src!), scripts);
  const inlineJs = [...html.matchAll(RE_INLINE_SCRIPT)].map(([, body]) => body!).join('\n');
  const htmlSize = gzipSize(html);
  const cssSize = css.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  const jsSize =
    [...scripts].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) +
    (inlineJs.trim() ? gzipSize(inlineJs) : 0);
  // Inline scripts travel inside the HTML: they count in the JS figure but not twice in the total.
  const total =
    htmlSize + cssSize + [...scripts].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  return { page, html: htmlSize, css: cssSize, js: jsSize, total, files: [...css, ...scripts] };
}
