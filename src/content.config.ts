import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleFactsSchema, articleFrontmatterSchema } from './schemas/article.ts';
import { codeEntrySchema } from './schemas/error-code.ts';
import { logEntrySchema } from './schemas/log-file.ts';

// OOBKB_CONTENT points the build at another content folder (the scale benchmark uses it).
const CONTENT = process.env['OOBKB_CONTENT'] ?? './content';
const ARTICLES = `${CONTENT}/articles`;

/** One MDX page per article and language; id is "<slug>/<lang>". */
const articles = defineCollection({
  loader: glob({
    pattern: '*/{ja,en}.mdx',
    base: ARTICLES,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: articleFrontmatterSchema,
});

/** The language-neutral facts of each article; id is the slug. */
const facts = defineCollection({
  loader: glob({
    pattern: '*/facts.yaml',
    base: ARTICLES,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: articleFactsSchema,
});

const logs = defineCollection({ loader: file(`${CONTENT}/logs.yaml`), schema: logEntrySchema });
const codes = defineCollection({ loader: file(`${CONTENT}/codes.yaml`), schema: codeEntrySchema });

export const collections = { articles, facts, logs, codes };
