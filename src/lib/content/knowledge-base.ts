// Build-time queries over the content collections: the only module pages use to read content.
// Each collection is read once; pages get plain, merged views.
import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type Category } from '../../schemas/categories.ts';
import type { CompileInput } from '../diagnose/compile.ts';
import { engineInput, type EngineArticle } from './engine-input.ts';
import type { ArticleFacts } from '../../schemas/article.ts';
import type { CodeEntry } from '../../schemas/error-code.ts';
import { LANGS, type Lang } from '../../schemas/languages.ts';
import type { LogEntry } from '../../schemas/log-file.ts';

/** One article in one language, with the facts it shares with the other language. */
export interface Article {
  slug: string;
  lang: Lang;
  entry: CollectionEntry<'articles'>;
  title: string;
  summary: string;
  symptoms: string[];
  versionNotes: CollectionEntry<'articles'>['data']['versionNotes'];
  facts: ArticleFacts;
}

const [articleEntries, factEntries, logEntries, codeEntries] = await Promise.all([
  getCollection('articles'),
  getCollection('facts'),
  getCollection('logs'),
  getCollection('codes'),
]);

const factsBySlug = new Map(factEntries.map((f) => [f.id, f.data]));

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const [slug, lang] = entry.id.split('/') as [string, Lang];
  const facts = factsBySlug.get(slug);
  if (!facts) throw new Error(`content/articles/${slug}/${lang}.mdx has no facts.yaml beside it`);
  const { title, summary, symptoms, versionNotes } = entry.data;
  return { slug, lang, entry, title, summary, symptoms, versionNotes, facts };
}

const byCategoryThenOrder = (a: Article, b: Article) =>
  CATEGORIES.indexOf(a.facts.category) - CATEGORIES.indexOf(b.facts.category) ||
  a.facts.order - b.facts.order ||
  a.slug.localeCompare(b.slug);

const allArticles = articleEntries.map(toArticle).sort(byCategoryThenOrder);

/** Every article in a language, in category order. */
export const articlesIn = (lang: Lang): Article[] => allArticles.filter((a) => a.lang === lang);

/** One article, or undefined. */
export const findArticle = (lang: Lang, slug: string): Article | undefined =>
  allArticles.find((a) => a.lang === lang && a.slug === slug);

/** Articles of one category in a language. */
export const articlesInCategory = (lang: Lang, category: Category): Article[] =>
  articlesIn(lang).filter((a) => a.facts.category === category);

/** The log catalogue, by id. */
export const logCatalogue: ReadonlyMap<string, LogEntry> = new Map(logEntries.map((l) => [l.id, l.data]));

/** The error code catalogue, by canonical code. */
export const codeCatalogue: ReadonlyMap<string, CodeEntry> = new Map(codeEntries.map((c) => [c.id, c.data]));

/** Static paths for pages that exist once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/** Codes named by articles, most cited first. */
export function codesByCitations(lang: Lang): { code: string; articles: Article[] }[] {
  const byCode = new Map<string, Article[]>();
  for (const article of articlesIn(lang)) {
    for (const code of article.facts.codes) {
      const list = byCode.get(code);
      if (list) list.push(article);
      else byCode.set(code, [article]);
    }
  }
  // Most cited first; ties in the order their first article appears on the site.
  const order = articlesIn(lang);
  return [...byCode]
    .map(([code, articles]) => ({ code, articles }))
    .sort((a, b) => b.articles.length - a.articles.length || order.indexOf(a.articles[0]!) - order.indexOf(b.articles[0]!));
}

/** What the diagnosis engine's index is compiled from: the same function the CLI uses, fed from the collections. */
export function diagnoseCompileInput(): CompileInput {
  const bySlug = new Map<string, EngineArticle>();
  for (const article of allArticles) {
    const entry = bySlug.get(article.slug) ?? { slug: article.slug, facts: article.facts, texts: {} };
    entry.texts[article.lang] = { frontmatter: article.entry.data, body: article.entry.body ?? '' };
    bySlug.set(article.slug, entry);
  }
  return engineInput([...bySlug.values()], [...logCatalogue.values()], [...codeCatalogue.values()]);
}

/** Every code a page exists for: the catalogue's and any an article names. */
export const allCodes = (): string[] => [...new Set([...codeCatalogue.keys(), ...allArticles.flatMap((a) => a.facts.codes)])].sort();

/** Articles of a language that involve a code. */
export const articlesWithCode = (lang: Lang, code: string): Article[] => articlesIn(lang).filter((a) => a.facts.codes.includes(code));

/** Articles of a language that cite a log. */
export const articlesWithLog = (lang: Lang, log: string): Article[] => articlesIn(lang).filter((a) => a.facts.logs.includes(log));
