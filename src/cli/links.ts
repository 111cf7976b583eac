// NODE ONLY. Where the CLI points a reader: a full link when the site's address is known
// (--site URL, or OOBKB_SITE with OOBKB_BASE as the build uses them), else the command that
// prints the article in the terminal. Paths come from src/lib/routes.ts, like the site's own.
import { routes } from '../lib/routes.ts';
import type { Lang } from '../schemas/languages.ts';
import { InputError } from './problems.ts';

// Matches an http(s) address, e.g. "https://intranet.example/kb"
const RE_HTTP_URL = /^https?:\/\/[^\s/]+(?:\/\S*)?$/i;

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * The site's address with its base path, ending in "/": --site as given (base path included, e.g.
 * https://intranet.example/kb/), else OOBKB_SITE followed by OOBKB_BASE; undefined when neither is set.
 */
export function siteAddress(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const site =
    flag ??
    (env['OOBKB_SITE']
      ? `${env['OOBKB_SITE'].replace(/\/+$/, '')}/${(env['OOBKB_BASE'] ?? '/').replace(/^\/+/, '')}`
      : undefined);
  if (site === undefined) return undefined;
  if (!RE_HTTP_URL.test(site))
    throw new InputError(
      `${flag !== undefined ? '--site' : 'OOBKB_SITE'} must be an http(s) address such as https://intranet.example/kb/, not "${site}"`,
    );
  return withSlash(site);
}

/** The `oobkb show` command for an article in a language. */
export const showCommand = (lang: Lang, slug: string): string =>
  `oobkb show ${slug}${lang === 'en' ? '' : ` --lang ${lang}`}`;

/** An article as a full link, or as the command that shows it. */
export const articleRef = (site: string | undefined, lang: Lang, slug: string): string =>
  site ? `${site}${routes.article(lang, slug)}` : showCommand(lang, slug);

/** A site page as a full link, or its path on the site. */
export const pageRef = (site: string | undefined, path: string): string =>
  site ? `${site}${path}` : `/${path}`;
