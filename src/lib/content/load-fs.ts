// NODE ONLY (the *-fs twin of knowledge-base.ts): reads content/ straight from disk with the same
// schemas as the Astro build, for the CLI, the signature index and the content checks. It never
// throws on bad content: every problem comes back naming its file and field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { articleFactsSchema, articleFrontmatterSchema, type ArticleFacts, type ArticleFrontmatter } from '../../schemas/article.ts';
import { codeEntrySchema, type CodeEntry } from '../../schemas/error-code.ts';
import { LANGS, type Lang } from '../../schemas/languages.ts';
import { logEntrySchema, type LogEntry } from '../../schemas/log-file.ts';
import { bodyPlaceholders, placeholderValues } from '../authoring/placeholder.ts';

/** A content problem, e.g. { file: 'content/articles/x/facts.yaml', field: 'signatures[0].code', message: '…' }. */
export interface ContentProblem { file: string; field: string; message: string }

export interface ArticleText { file: string; frontmatter: ArticleFrontmatter; body: string }
export interface ArticleOnDisk { slug: string; facts: ArticleFacts; texts: Partial<Record<Lang, ArticleText>> }
export interface KnowledgeBaseOnDisk {
  contentDir: string;
  articles: ArticleOnDisk[];
  logs: LogEntry[];
  codes: CodeEntry[];
  problems: ContentProblem[];
}

// Matches MDX frontmatter: ---\n<yaml>\n---\n<body>
const RE_FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';

/**
 * Validates data against a schema, turning each zod issue into a problem naming file and field. A
 * value still holding a placeholder (`oobkb new`, `oobkb draft`) is one problem that quotes it; the
 * schema's complaints about that same value (not a version, not kebab-case) would only repeat it.
 */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: ContentProblem[]): z.output<S> | undefined {
  const holes = placeholderValues(data).map((hole) => ({ field: fieldPath(hole.path), text: hole.text }));
  for (const hole of holes) problems.push({ file, field: hole.field, message: `is still a placeholder, write it: ${hole.text}` });
  const isHole = (field: string) => holes.some((h) => field === h.field || field.startsWith(`${h.field}.`) || field.startsWith(`${h.field}[`));
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path);
    if (!isHole(field)) problems.push({ file, field, message: issue.message });
  }
  return undefined;
}

function readYaml(path: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(yaml)', message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' });
    return undefined;
  }
}

function readArticleText(path: string, file: string, problems: ContentProblem[]): ArticleText | undefined {
  const match = RE_FRONTMATTER.exec(readFileSync(path, 'utf8'));
  if (!match) {
    problems.push({ file, field: '(frontmatter)', message: 'the file must start with --- frontmatter ---' });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    problems.push({ file, field: '(frontmatter)', message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' });
    return undefined;
  }
  const frontmatter = validate(articleFrontmatterSchema, data, file, problems);
  const body = match[2]!;
  for (const hole of bodyPlaceholders(body))
    problems.push({ file, field: '(body)', message: `${hole.section ? `## ${hole.section}: ` : ''}is still a placeholder, write it: ${hole.text}` });
  return frontmatter && { file, frontmatter, body };
}

function readArticle(contentDir: string, slug: string, problems: ContentProblem[]): ArticleOnDisk | undefined {
  const dir = join(contentDir, 'articles', slug);
  const factsFile = relative(process.cwd(), join(dir, 'facts.yaml'));
  if (!existsSync(join(dir, 'facts.yaml'))) {
    problems.push({ file: factsFile, field: '(file)', message: 'every article folder needs a facts.yaml' });
    return undefined;
  }
  const facts = validate(articleFactsSchema, readYaml(join(dir, 'facts.yaml'), factsFile, problems), factsFile, problems);
  const texts: ArticleOnDisk['texts'] = {};
  for (const lang of LANGS) {
    const path = join(dir, `${lang}.mdx`);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) problems.push({ file, field: '(file)', message: `the ${lang} text of the article is missing` });
    else {
      const text = readArticleText(path, file, problems);
      if (text) texts[lang] = text;
    }
  }
  return facts && { slug, facts, texts };
}

function readCatalogue<S extends z.ZodType>(contentDir: string, name: string, schema: S, problems: ContentProblem[]): z.output<S>[] {
  const file = relative(process.cwd(), join(contentDir, name));
  const data = readYaml(join(contentDir, name), file, problems);
  if (!Array.isArray(data)) {
    problems.push({ file, field: '(root)', message: 'expected a list of entries' });
    return [];
  }
  return data.flatMap((item, i) => {
    const itemProblems: ContentProblem[] = [];
    const entry = validate(schema, item, file, itemProblems);
    problems.push(...itemProblems.map((p) => ({ ...p, field: `[${i}].${p.field}` })));
    return entry ? [entry] : [];
  });
}

/** Reads and validates a whole content folder (default: ./content). */
export function loadKnowledgeBase(contentDir = 'content'): KnowledgeBaseOnDisk {
  const problems: ContentProblem[] = [];
  const slugs = existsSync(join(contentDir, 'articles'))
    ? readdirSync(join(contentDir, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const articles = slugs.flatMap((slug) => readArticle(contentDir, slug, problems) ?? []);
  const logs = readCatalogue(contentDir, 'logs.yaml', logEntrySchema, problems);
  const codes = readCatalogue(contentDir, 'codes.yaml', codeEntrySchema, problems);
  return { contentDir, articles, logs, codes, problems };
}
