// SHIPS TO THE BROWSER (in the widget's page and worker). The files of an article folder: what a
// draft holds and what the page shows, without the code that writes them.

/** The three files of an article folder, by name. */
export interface ArticleFiles {
  'facts.yaml': string;
  'ja.mdx': string;
  'en.mdx': string;
}

/** Their names, in the order they are shown and written. */
export const ARTICLE_FILES = [
  'facts.yaml',
  'ja.mdx',
  'en.mdx',
] as const satisfies readonly (keyof ArticleFiles)[];
