// SHIPS TO THE BROWSER (in the widget's worker, for drafts). Pure. The three files of a new
// article (facts.yaml, ja.mdx, en.mdx) from what is known of it: `oobkb new` knows at most its
// category, a draft (draft.ts) knows logs, codes and signatures with their lines. Whatever is not
// known is a placeholder that the content check refuses until it is written.
import { FACTS_HINTS, MDX_HINTS } from '../../i18n/authoring.ts';
import { BODY_SECTIONS } from '../../schemas/body-sections.ts';
import { CATEGORIES } from '../../schemas/category-list.ts';
import type { Lang } from '../../schemas/languages.ts';
import { placeholder } from './placeholder.ts';
import type { ArticleFiles } from './article-files.ts';
import { comment, flowList, scalar } from './yaml-text.ts';

export type { ArticleFiles };

/** One line of a signature's samples or near misses, with what the comment above it says. */
export interface CommentedLine {
  text: string;
  /** Where the line came from; the comment still asks for its source (a placeholder). */
  from?: string;
}

/** A signature as a draft proposes it. */
export interface SignatureDraft {
  id: string;
  /** Undefined when neither the entry's component nor the file name tells the log. */
  log?: string | undefined;
  message?: { text: string; lang: 'en' | 'ja' | 'neutral' } | undefined;
  code?: string | undefined;
  component?: string | undefined;
  statusMessageId?: number | undefined;
  samples: CommentedLine[];
  nearMisses: CommentedLine[];
}

/** What is known of a new article; everything left out becomes a placeholder. */
export interface ArticleModel {
  category?: string | undefined;
  logs?: string[];
  codes?: string[];
  statusMessages?: number[];
  /** Undefined: one signature made of placeholders, to be written or deleted. */
  signatures?: SignatureDraft[];
  /** Comments at the top of facts.yaml, e.g. a code the catalogue lacks. */
  notes?: string[];
  /** Log lines quoted under "How to confirm" in both languages. */
  quotes?: string[];
}

const todo = (hint: string) => scalar(placeholder(hint));

/** A sample or near-miss list: each line under a comment that asks for its source. */
function lineList(key: string, lines: readonly CommentedLine[], hint: string): string[] {
  const items = lines.length ? lines : [{ text: placeholder(hint) }];
  return [
    `    ${key}:`,
    ...items.flatMap((line) => [
      comment('      ', placeholder(`${line.from ? `${line.from}; ` : ''}${FACTS_HINTS.source}`)),
      `      - ${scalar(line.text)}`,
    ]),
  ];
}

function signatureLines(s: SignatureDraft): string[] {
  return [
    `  - id: ${scalar(s.id)}`,
    `    log: ${s.log ? scalar(s.log) : todo(FACTS_HINTS.log)}`,
    ...(s.message
      ? [
          '    message:',
          `      - text: ${scalar(s.message.text)}`,
          `        lang: ${s.message.lang}`,
        ]
      : []),
    ...(s.code ? [`    code: ${scalar(s.code)}`] : []),
    ...(s.component ? [`    component: ${scalar(s.component)}`] : []),
    ...(s.statusMessageId ? [`    statusMessageId: ${s.statusMessageId}`] : []),
    ...lineList('samples', s.samples, FACTS_HINTS.sample),
    ...lineList('nearMisses', s.nearMisses, FACTS_HINTS.nearMiss),
  ];
}

/** The signature `oobkb new` proposes: every part a placeholder. */
const SKELETON_SIGNATURE: SignatureDraft = {
  id: placeholder(FACTS_HINTS.signatureId),
  message: { text: placeholder(FACTS_HINTS.message), lang: 'en' },
  samples: [],
  nearMisses: [],
};

/** facts.yaml: known facts as written, the rest placeholders. */
export function factsText(model: ArticleModel): string {
  const logs = model.logs ?? [];
  const signatures = model.signatures ?? [SKELETON_SIGNATURE];
  const needsLog = !model.logs || signatures.some((s) => !s.log);
  return [
    comment('', FACTS_HINTS.intro),
    ...(model.notes ?? []).map((note) => comment('', note)),
    `category: ${model.category ? scalar(model.category) : todo(FACTS_HINTS.category(CATEGORIES))}`,
    'order: 100',
    `versions: ${flowList([placeholder(FACTS_HINTS.versions)])}`,
    `logs: ${flowList([...logs, ...(needsLog ? [placeholder(FACTS_HINTS.log)] : [])])}`,
    `codes: ${flowList(model.codes ?? [])}`,
    `statusMessages: ${flowList(model.statusMessages ?? [])}`,
    'related: []',
    ...(signatures.length
      ? ['signatures:', ...signatures.flatMap(signatureLines)]
      : [comment('', FACTS_HINTS.noSignature), 'signatures: []']),
    '',
  ].join('\n');
}

/** A fence longer than any run of backticks in the quoted lines. */
function fence(lines: readonly string[]): string {
  const longest = Math.max(
    2,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))),
  );
  return '`'.repeat(longest + 1);
}

/** ja.mdx or en.mdx: frontmatter and the fixed sections, each a placeholder; quoted lines under "How to confirm". */
export function mdxText(lang: Lang, quotes: readonly string[] = []): string {
  const hints = MDX_HINTS[lang];
  const [cause, confirm, resolution] = BODY_SECTIONS[lang];
  const lines = quotes.flatMap((q) => q.split(/\r?\n|\r/));
  const quoted = lines.length
    ? ['', placeholder(hints.quoted), '', `${fence(lines)}cmlog`, ...lines, fence(lines)]
    : [];
  return [
    '---',
    `title: ${todo(hints.title)}`,
    `summary: ${todo(hints.summary)}`,
    'symptoms:',
    `  - ${todo(hints.symptom)}`,
    'aliases:',
    `  - ${todo(hints.alias)}`,
    '---',
    '',
    `## ${cause}`,
    '',
    placeholder(hints.cause),
    '',
    `## ${confirm}`,
    '',
    placeholder(hints.confirm),
    ...quoted,
    '',
    `## ${resolution}`,
    '',
    placeholder(hints.resolution),
    '',
  ].join('\n');
}

/** The three files of a new article. */
export function articleFiles(model: ArticleModel): ArticleFiles {
  return {
    'facts.yaml': factsText(model),
    'ja.mdx': mdxText('ja', model.quotes),
    'en.mdx': mdxText('en', model.quotes),
  };
}
