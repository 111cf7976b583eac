// Checks that span files: every reference resolves, and the two languages of an article agree on
// their language-neutral facts. Pure functions over the on-disk knowledge base (load-fs.ts).
import { BODY_SECTIONS } from '../../schemas/body-sections.ts';
import { LANGS } from '../../schemas/languages.ts';
import type { ArticleOnDisk, ContentProblem, KnowledgeBaseOnDisk } from './load-fs.ts';

// Matches a fenced code block, e.g. ```cmlog\nGetAMTPowerState fail…\n```
const RE_FENCE = /^(`{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm;
// Matches an inline code span, e.g. `0x80072EE9`
const RE_INLINE_CODE = /`([^`\n]+)`/g;
// Matches a level-2 heading, e.g. ## How to confirm
const RE_H2 = /^##[ \t]+(.+?)[ \t]*$/gm;
// Matches a link to another article, e.g. [The title](../console-stuck-connecting/)
const RE_ARTICLE_LINK = /\[([^\]]*)\]\(\.\.\/([a-z0-9-]+)\/\)/g;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The language-neutral literals of an MDX body: fenced blocks and inline code, white space collapsed. */
export function codeLiterals(body: string): Set<string> {
  const literals = new Set<string>();
  const withoutFences = body.replace(RE_FENCE, (_all, _ticks, code: string) => {
    literals.add(collapse(code));
    return '';
  });
  for (const [, code] of withoutFences.matchAll(RE_INLINE_CODE)) literals.add(collapse(code!));
  return literals;
}

/** The level-2 headings of an MDX body, outside code fences. */
export const bodyHeadings = (body: string): string[] =>
  [...body.replace(RE_FENCE, '').matchAll(RE_H2)].map(([, text]) => text!);

/** Every reference from facts.yaml resolves: logs, codes, signature parts, related slugs. */
export function referenceProblems(kb: KnowledgeBaseOnDisk): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const logIds = new Set(kb.logs.map((l) => l.id));
  const codeIds = new Set(kb.codes.map((c) => c.id));
  const slugs = new Set(kb.articles.map((a) => a.slug));
  const signatureOwners = new Map<string, string>();
  for (const { slug, facts } of kb.articles) {
    const file = `${kb.contentDir}/articles/${slug}/facts.yaml`;
    const add = (field: string, message: string) => problems.push({ file, field, message });
    facts.logs.forEach((log, i) => logIds.has(log) || add(`logs[${i}]`, `log "${log}" is not in logs.yaml`));
    facts.codes.forEach((code, i) => codeIds.has(code) || add(`codes[${i}]`, `code ${code} is not in codes.yaml`));
    facts.related.forEach((r, i) => (slugs.has(r) && r !== slug) || add(`related[${i}]`, `"${r}" is not another article`));
    facts.signatures.forEach((sig, i) => {
      const at = `signatures[${i}]`;
      if (!logIds.has(sig.log)) add(`${at}.log`, `log "${sig.log}" is not in logs.yaml`);
      else if (!facts.logs.includes(sig.log)) add(`${at}.log`, `log "${sig.log}" is not listed in this article's logs`);
      if (sig.code && !codeIds.has(sig.code)) add(`${at}.code`, `code ${sig.code} is not in codes.yaml`);
      else if (sig.code && !facts.codes.includes(sig.code)) add(`${at}.code`, `code ${sig.code} is not listed in this article's codes`);
      if (sig.statusMessageId && !facts.statusMessages.includes(sig.statusMessageId)) add(`${at}.statusMessageId`, `status message ${sig.statusMessageId} is not listed in this article's statusMessages`);
      const owner = signatureOwners.get(sig.id);
      if (owner) add(`${at}.id`, `signature id "${sig.id}" is already used by ${owner}`);
      signatureOwners.set(sig.id, slug);
    });
  }
  return problems;
}

function parityProblemsOf(article: ArticleOnDisk): ContentProblem[] {
  const { ja, en } = article.texts;
  if (!ja || !en) return [];
  const problems: ContentProblem[] = [];
  const jaLiterals = codeLiterals(ja.body);
  const enLiterals = codeLiterals(en.body);
  for (const literal of jaLiterals) if (!enLiterals.has(literal)) problems.push({ file: en.file, field: '(body)', message: `lacks the code literal \`${literal}\` that ${ja.file} has` });
  for (const literal of enLiterals) if (!jaLiterals.has(literal)) problems.push({ file: ja.file, field: '(body)', message: `lacks the code literal \`${literal}\` that ${en.file} has` });
  const jaNotes = Object.keys(ja.frontmatter.versionNotes ?? {}).sort().join(',');
  const enNotes = Object.keys(en.frontmatter.versionNotes ?? {}).sort().join(',');
  if (jaNotes !== enNotes) problems.push({ file: en.file, field: 'versionNotes', message: `notes versions [${enNotes}] but ${ja.file} notes [${jaNotes}]` });
  for (const lang of LANGS) {
    const text = article.texts[lang]!;
    const headings = bodyHeadings(text.body);
    if (headings.join('|') !== BODY_SECTIONS[lang].join('|')) {
      problems.push({ file: text.file, field: '(body)', message: `## sections must be ${BODY_SECTIONS[lang].join(' / ')}, found ${headings.join(' / ') || 'none'}` });
    }
  }
  return problems;
}

/** Both languages exist and agree: same code literals, same version notes, the fixed sections. */
export const parityProblems = (kb: KnowledgeBaseOnDisk): ContentProblem[] => kb.articles.flatMap(parityProblemsOf);

/** Every link from an article to another one uses the linked article's title in the same language. */
export function linkTitleProblems(kb: KnowledgeBaseOnDisk): ContentProblem[] {
  const title = (slug: string, lang: (typeof LANGS)[number]) => kb.articles.find((a) => a.slug === slug)?.texts[lang]?.frontmatter.title;
  return kb.articles.flatMap((article) =>
    LANGS.flatMap((lang) => {
      const text = article.texts[lang];
      if (!text) return [];
      return [...text.body.matchAll(RE_ARTICLE_LINK)].flatMap(([, label, slug]) => {
        const expected = title(slug!, lang);
        if (expected === undefined) return [{ file: text.file, field: '(body)', message: `links to ../${slug}/, which is not an article` }];
        return label === expected ? [] : [{ file: text.file, field: '(body)', message: `the link to ../${slug}/ reads "${label}", not the article's title "${expected}"` }];
      });
    }),
  );
}

/** Does a body contain a literal fact, white space collapsed? */
export const bodyContains = (body: string, fact: string): boolean => collapse(body).includes(collapse(fact));

/** Formats problems one per line: "file: field: message". */
export const formatProblems = (problems: ContentProblem[]): string =>
  problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
