// NODE ONLY. Finds broken internal links and anchors in a built site: every href, src and form
// action that points into the site must name an existing file, and every #fragment an existing id.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

// Matches a link-bearing attribute, e.g. href="/ja/articles/x/#cause" or src="/_astro/a.js"
const RE_LINK_ATTR = /\s(?:href|src|action)="([^"]*)"/g;
// Matches an element id, e.g. id="how-to-confirm"
const RE_ID = /\sid="([^"]+)"/g;
// Matches a URL with a scheme, e.g. https://example.com or mailto:x
const RE_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A placeholder origin to resolve relative links against; only paths are compared.
const ORIGIN = 'http://site.invalid';

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? htmlFiles(path) : d.name.endsWith('.html') ? [path] : [];
  });
}

function targetFile(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory())
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idsCache.get(file);
  if (!ids)
    idsCache.set(
      file,
      (ids = new Set([...readFileSync(file, 'utf8').matchAll(RE_ID)].map(([, id]) => id!))),
    );
  return ids;
};

/** Checks every internal link of every page; `base` is the deployment base, e.g. "/" or "/kb/". */
export function checkLinks(
  dist: string,
  base = '/',
): { pages: number; links: number; broken: BrokenLink[]; external: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const external: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dist);
  for (const file of pages) {
    const page = `/${relative(dist, file)}`;
    // Where the page is served: the base, then its path in dist (a folder's index.html is the folder).
    const pageUrl = `${ORIGIN}${base}${relative(dist, file).replace(/index\.html$/, '')}`;
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(RE_LINK_ATTR)) {
      const link = raw!.replace(/&amp;/g, '&');
      if (RE_SCHEME.test(link)) {
        external.push({ page, link, reason: 'points outside the site' });
        continue;
      }
      links++;
      const url = new URL(link, pageUrl);
      const path = url.pathname;
      if (!path.startsWith(base)) {
        broken.push({ page, link, reason: `outside the base ${base}` });
        continue;
      }
      const target = targetFile(dist, path.slice(base.length));
      if (!target) broken.push({ page, link, reason: 'no such file' });
      else if (
        url.hash &&
        target.endsWith('.html') &&
        !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
      )
        broken.push({ page, link, reason: `no id ${url.hash}` });
    }
  }
  return { pages: pages.length, links, broken, external };
}
