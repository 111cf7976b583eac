// sitemap.xml with hreflang alternates. URLs are absolute when OOBKB_SITE is set (see README,
// "Deploying"), root-relative otherwise.
import type { APIRoute } from 'astro';
import { href } from '../lib/paths.ts';
import { sitePages } from '../lib/site-pages.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => escapeXml(site ? new URL(href(path), site).href : href(path));
  const entries = sitePages().flatMap((page) =>
    (['ja', 'en'] as const).map(
      (lang) => `  <url>
    <loc>${url(page[lang])}</loc>
    <xhtml:link rel="alternate" hreflang="ja" href="${url(page.ja)}"/>
    <xhtml:link rel="alternate" hreflang="en" href="${url(page.en)}"/>
  </url>`,
    ),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
