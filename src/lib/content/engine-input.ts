// The one function that turns the knowledge base into the diagnosis engine's compile input, for
// the site build (knowledge-base.ts adapts Astro's collections into it) and for the CLI and the
// checks (load-index-fs.ts adapts the files read from disk). Pure: no node:*, no astro:*, so both
// readers give the same index, byte for byte (a check compares them).
import type { CompileArticle, CompileInput } from '../diagnose/compile.ts';
import type { DescriptionFields } from '../diagnose/description-index.ts';
import type { ArticleFacts, ArticleFrontmatter } from '../../schemas/article.ts';
import { BODY_SECTIONS } from '../../schemas/body-sections.ts';
import type { CodeEntry } from '../../schemas/error-code.ts';
import { LANGS, type Lang } from '../../schemas/languages.ts';
import type { LogEntry } from '../../schemas/log-file.ts';
import { messageLine } from './code-message.ts';

/** One article as both readers see it: its facts and, per language, frontmatter and MDX body. */
export interface EngineArticle {
  slug: string;
  facts: ArticleFacts;
  texts: Partial<Record<Lang, { frontmatter: ArticleFrontmatter; body: string }>>;
}

// Matches a fenced code block's fence line, e.g. "```cmlog"
const RE_FENCE_LINE = /^\s*```/;
// Matches a markdown link, e.g. "[the title](../slug/)", keeping its text
const RE_LINK = /\[([^\]]*)\]\([^)]*\)/g;
// Matches markdown emphasis and inline code marks, e.g. "**", "`"
const RE_MARKS = /[*_`]+/g;

/** The plain text of one `## heading` section of an MDX body (fences and marks removed, code kept). */
export function sectionText(body: string, heading: string): string {
  const lines: string[] = [];
  let inside = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('## ')) inside = line.slice(3).trim() === heading;
    else if (inside && !RE_FENCE_LINE.test(line)) lines.push(line.replace(RE_LINK, '$1').replace(RE_MARKS, ''));
  }
  return lines.join('\n').trim();
}

function descriptionFields(lang: Lang, frontmatter: ArticleFrontmatter, body: string): DescriptionFields {
  const [cause, confirm] = BODY_SECTIONS[lang];
  return {
    title: frontmatter.title,
    symptoms: frontmatter.symptoms,
    aliases: frontmatter.aliases,
    summary: frontmatter.summary,
    cause: sectionText(body, cause),
    confirm: sectionText(body, confirm),
  };
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The engine's compile input: articles with both languages, by slug; catalogues by id. */
export function engineInput(articles: readonly EngineArticle[], logs: readonly LogEntry[], codes: readonly CodeEntry[]): CompileInput {
  const compiled = [...articles].sort(bySlug).flatMap(({ slug, facts, texts }): CompileArticle[] => {
    if (!LANGS.every((lang) => texts[lang])) return [];
    const fields = (lang: Lang) => descriptionFields(lang, texts[lang]!.frontmatter, texts[lang]!.body);
    return [{ slug, related: facts.related, codes: facts.codes, signatures: facts.signatures, texts: { ja: fields('ja'), en: fields('en') } }];
  });
  // The engine shows one line per code and language: own words, or the English with a marked translation.
  const catalogue = [...codes].sort(byId).map((c) => ({ id: c.id, names: c.names, message: { ja: messageLine(c, 'ja'), en: messageLine(c, 'en') } }));
  return { articles: compiled, logs: [...logs].sort(byId), codes: catalogue };
}
