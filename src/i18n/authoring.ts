// SHIPS TO THE BROWSER (in the widget's worker, for drafts). What the skeletons of a new article
// say where something is still to be written (`oobkb new`, `oobkb draft`, the widget's draft):
// each hint follows the placeholder token, so the content check quotes it back to the author.
import { bilingual } from './bilingual.ts';

/** The hints of ja.mdx and en.mdx, each in the language of its file. No code spans: the two files' code literals must agree. */
export const MDX_HINTS = bilingual({
  ja: {
    title: '管理者から見た問題 (8 文字以上)',
    summary: '原因と解決方法を 1〜2 文で (20 文字以上)',
    symptom: '管理者が目にすること (1 項目に 1 つ)',
    alias: '本文にはないが管理者が使う言い方 (なければこのリストを削除)',
    cause: 'なぜ起きるのか',
    confirm: 'どのログのどの行、どのコマンドやクエリで確かめるか',
    resolution: '何をすれば解決するか',
    quoted: '次の行は下書きの元になったログの行です。問題を示す行だけを残してください。',
  },
  en: {
    title: 'the problem as the administrator sees it (8 characters or more)',
    summary: 'one or two sentences: the cause and the fix (20 characters or more)',
    symptom: 'what the administrator observes, one per item, in the third person',
    alias:
      'a word administrators use for the problem that the text does not (delete the list if none)',
    cause: 'why it happens',
    confirm: 'which log and which lines, commands or queries show it',
    resolution: 'what fixes it',
    quoted:
      'The lines below come from the log the draft was made from: keep those that show the problem.',
  },
});

/** The hints and comments of facts.yaml, in English like every comment of the language-neutral facts. */
export const FACTS_HINTS = {
  intro:
    'The language-neutral facts of the article (README: How to add an article; docs/authoring.md).',
  category: (categories: readonly string[]) => `one of ${categories.join(', ')}`,
  versions: 'the releases it applies to: sp1, sp2, r2, r3',
  log: 'a log id from content/logs.yaml',
  signatureId: 'a kebab-case id, unique in the knowledge base',
  message: 'the literal text that identifies the entry (lang: en, ja or neutral)',
  sample: 'a log line that must diagnose to this article',
  nearMiss: 'a line that must not (the same code elsewhere, a success line, a sibling code)',
  source:
    'name the source of the line below (the documentation, real-logs/NNN, a URL) or start this comment with "illustrative:"',
  sampleFrom: (line: number) => `line ${line} of the log the draft was made from`,
  nearMissFrom: (signature: string, slug: string) =>
    `a sample of ${signature}, whose source content/articles/${slug}/facts.yaml names`,
  uncatalogued: (code: string) =>
    `${code} is not in content/codes.yaml: add it there (message, source) or drop it here.`,
  noSignature: 'No error line of the log could be made a signature: write one, or delete the list.',
} as const;
