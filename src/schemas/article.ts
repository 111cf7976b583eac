import { z } from 'astro/zod';
import { categorySchema } from './categories.ts';
import { canonicalCodeSchema } from './error-code.ts';
import { signatureSchema } from './signature.ts';
import { versionNotesSchema, versionSchema } from './versions.ts';

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is kebab-case');

/**
 * content/articles/<slug>/facts.yaml: the language-neutral facts of one documented issue.
 * Written once, shared by both languages, the search facets, the matcher and the checks.
 */
export const articleFactsSchema = z.strictObject({
  /** Where the article sits on the home page. */
  category: categorySchema,
  /** ConfigMgr 2007 releases the issue applies to. */
  versions: z.array(versionSchema).min(1),
  /** Log files involved: ids from content/logs.yaml. */
  logs: z.array(z.string().min(1)).default([]),
  /** Error codes involved: ids from content/codes.yaml. */
  codes: z.array(canonicalCodeSchema).default([]),
  /** Status message IDs involved, e.g. 7217. */
  statusMessages: z.array(z.number().int().positive()).default([]),
  /** What identifies the issue in a log. */
  signatures: z.array(signatureSchema).default([]),
  /** Slugs of related articles. */
  related: z.array(slugSchema).default([]),
  /** Display order inside the category (lower first). */
  order: z.number().int().default(100),
});
export type ArticleFacts = z.output<typeof articleFactsSchema>;

/** content/articles/<slug>/{ja,en}.mdx frontmatter: what is written in one language. */
export const articleFrontmatterSchema = z.strictObject({
  /** The problem as the administrator sees it. */
  title: z.string().min(8),
  /** One or two sentences: the cause and the fix. Shown in lists and search results. */
  summary: z.string().min(20),
  /** What the administrator observes; also used to rank articles for a described problem. */
  symptoms: z.array(z.string().min(4)).min(1),
  /**
   * Words and phrases administrators use for this problem that the text does not, e.g. "OOB
   * console", "hangs at Connecting", 「接続中のまま」. Not shown; they help rank a described problem.
   */
  aliases: z.array(z.string().min(2)).default([]),
  /** Notes for the versions whose behaviour differs; both languages must note the same versions. */
  versionNotes: versionNotesSchema.optional(),
});
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
