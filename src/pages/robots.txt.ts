// robots.txt: everything may be crawled; the sitemap is named where the origin is known.
import type { APIRoute } from 'astro';
import { href } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(href('sitemap.xml'), site).href : href('sitemap.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain' },
  });
};
