// NODE ONLY. Writes a new article's folder (`oobkb new`, `oobkb draft`): never over an existing one.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARTICLE_FILES, type ArticleFiles } from '../lib/authoring/article-files.ts';
import { InputError } from './problems.ts';

// Matches a slug, e.g. "console-stuck-connecting" (the schema's rule for related slugs)
const RE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug as given, or an InputError saying what a slug is. */
export function checkedSlug(slug: string | undefined): string {
  if (slug === undefined)
    throw new InputError("needs the new article's slug, e.g. amt-tls-handshake-fails");
  if (!RE_SLUG.test(slug))
    throw new InputError(
      `a slug is kebab-case (lower-case letters, digits and hyphens), not "${slug}"`,
    );
  return slug;
}

/** Writes content/articles/SLUG/{facts.yaml,ja.mdx,en.mdx}; returns the paths written, relative to the working folder. */
export function writeArticleFolder(
  contentDir: string,
  slug: string,
  files: ArticleFiles,
): string[] {
  const dir = join(contentDir, 'articles', slug);
  if (existsSync(dir))
    throw new InputError(
      `${relative(process.cwd(), dir) || dir} already exists: choose another slug`,
    );
  mkdirSync(dir, { recursive: true });
  return ARTICLE_FILES.map((name) => {
    writeFileSync(join(dir, name), files[name]);
    return relative(process.cwd(), join(dir, name));
  });
}
