// NODE ONLY. `oobkb show SLUG`: an article for a terminal (title, summary, symptoms, version
// notes, then its body: cause, how to confirm, resolution), wrapped to the terminal's width.
import type { Lang } from '../schemas/languages.ts';
import { UI } from '../i18n/site.ts';
import type { CommandResult } from './diagnose-command.ts';
import type { BundleArticle, BundleTexts } from './knowledge-cache.ts';
import { articleRef, pageRef } from './links.ts';
import { InputError } from './problems.ts';
import { heading, inlineText, renderMarkdown, type LinkTarget } from './terminal-markdown.ts';
import { displayWidth, unbroken, wrap } from './terminal-text.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';

export interface ShowCommand {
  lang: Lang;
  /** Columns to wrap to. */
  width: number;
  site?: string | undefined;
}

// Matches a link from one article to another, e.g. "../no-os-missing-dns-host-record/" (group 1: the slug)
const RE_ARTICLE_LINK = /^\.\.\/([a-z0-9-]+)\/?(?:#.*)?$/;
// Matches an address that leaves the site, e.g. "https://learn.microsoft.com/…"
const RE_EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Where a link in an article leads: another article (a link or an `oobkb show`), a site page, or an outside address. */
function linkTarget(site: string | undefined, lang: Lang): LinkTarget {
  return (href) => {
    const article = RE_ARTICLE_LINK.exec(href);
    if (article) return articleRef(site, lang, article[1]!);
    if (RE_EXTERNAL.test(href)) return href;
    return href.startsWith('/') ? pageRef(site, href.replace(/^\/+/, '')) : undefined;
  };
}

/** A labelled list: "Label:" and its items, each wrapped with a hanging indent. */
function list(label: string, items: readonly string[], width: number): string[] {
  return items.length
    ? [`${label}:`, ...items.flatMap((item) => wrap(item, width, '  • ', '    '))]
    : [];
}

/** The facts after the body: versions, logs with their paths, codes, related articles, the page on the site. */
function facts(article: BundleArticle, bundle: BundleTexts, options: ShowCommand): string[] {
  const ui = UI[options.lang];
  const { width, lang, site } = options;
  const versions = article.versions.map((v) => ui.versions[v as keyof typeof ui.versions] ?? v);
  const logs = article.logs.map((id) => {
    const log = bundle.logs.find((l) => l.id === id);
    return log ? `${log.name} ${unbroken(log.path)}` : id;
  });
  const related = article.related.map((slug) => {
    const title = bundle.articles.find((a) => a.slug === slug)?.texts[lang]?.title ?? slug;
    return `${title} ${unbroken(`(${articleRef(site, lang, slug)})`)}`;
  });
  return [
    '',
    ...heading(CLI_STRINGS[lang].facts, 2, width),
    ...wrap(versions.join(', '), width, `${ui.appliesTo}: `, '  '),
    ...(article.codes.length
      ? wrap(article.codes.join(', '), width, `${ui.errorCodes}: `, '  ')
      : []),
    ...list(ui.logFiles, logs, width),
    ...list(ui.related, related, width),
    ...(site
      ? wrap(
          unbroken(articleRef(site, lang, article.slug)),
          width,
          CLI_STRINGS[lang].onTheSite,
          '  ',
        )
      : []),
  ];
}

/** The article as terminal lines. */
export function renderArticle(
  article: BundleArticle,
  bundle: BundleTexts,
  options: ShowCommand,
): string {
  const { width, lang, site } = options;
  const text = article.texts[lang];
  if (!text) throw new InputError(`the article "${article.slug}" has no ${lang} text`);
  const ui = UI[lang];
  const target = linkTarget(site, lang);
  const title = wrap(text.title, width);
  const out = [
    ...title,
    '='.repeat(Math.min(width, Math.max(...title.map(displayWidth)))),
    '',
    ...wrap(inlineText(text.summary, target), width),
  ];
  out.push(
    '',
    ...heading(ui.symptoms, 2, width),
    ...text.symptoms.flatMap((s) => wrap(s, width, '  • ', '    ')),
  );
  const notes = Object.entries(text.versionNotes ?? {});
  if (notes.length) {
    out.push('', ...heading(ui.versionNotes, 2, width));
    for (const [version, note] of notes)
      out.push(
        ...wrap(
          inlineText(note ?? '', target),
          width,
          `  ${ui.versions[version as keyof typeof ui.versions] ?? version}: `,
          '    ',
        ),
      );
  }
  out.push('', ...renderMarkdown(text.body, width, target), ...facts(article, bundle, options));
  return out.join('\n');
}

/** The articles' slugs and titles, for `oobkb show` without a slug. */
function listArticles(bundle: BundleTexts, options: ShowCommand): string {
  const wide = Math.max(...bundle.articles.map((a) => a.slug.length));
  return bundle.articles
    .map((a) => `${a.slug.padEnd(wide)}  ${a.texts[options.lang]?.title ?? ''}`)
    .join('\n');
}

/** Runs `oobkb show [SLUG]`. */
export function showCommand(
  slugs: readonly string[],
  bundle: BundleTexts,
  options: ShowCommand,
): CommandResult {
  if (slugs.length > 1)
    throw new InputError('show takes one article, e.g. oobkb show console-stuck-connecting');
  const [slug] = slugs;
  if (slug === undefined)
    return { output: listArticles(bundle, options), problems: [], exitCode: 0 };
  const article = bundle.articles.find((a) => a.slug === slug.replace(/\/+$/, ''));
  if (!article) throw new InputError(`no article "${slug}" (oobkb show lists them)`);
  return { output: renderArticle(article, bundle, options), problems: [], exitCode: 0 };
}
