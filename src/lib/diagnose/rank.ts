// SHIPS TO THE BROWSER. Turns signature results into ranked articles with a score, a confidence
// and the evidence; a text with no signature that is not a log is ranked as a described problem.
import type { Missing, SignatureResult } from './evaluate.ts';
import type { Matcher } from './matcher.ts';
import { rankDescription } from './rank-description.ts';

/** One line of evidence: where, what, and which signature. */
export interface Evidence {
  signature: string;
  lineStart: number;
  lineEnd: number;
  /** The entry's message. */
  message: string;
  component?: string;
  /** Spans of the signature's message text, within the physical lines (1-based line). */
  spans: { line: number; start: number; end: number }[];
}

export interface ArticleMatch {
  slug: string;
  score: number;
  confidence: 'strong' | 'possible';
  /** How the article was found: a log signature, or words of its symptoms. */
  via: 'signature' | 'symptoms';
  evidence: Evidence[];
  /** Log entries that matched, of which `evidence` shows a few of each kind. */
  occurrences: number;
  /** For a possible match: what its best signature lacks. */
  missing: Missing[];
  /** For a symptom match: the words it shares with the text. */
  terms: string[];
}

/** Evidence lines shown per article; `occurrences` still counts every entry. */
export const MAX_EVIDENCE = 20;
/** Entries shown per signature and message: a log that repeats one line 6,000 times shows it thrice. */
export const MAX_PER_KIND = 3;

/** The evidence to show, in line order: at most MAX_PER_KIND entries of each kind (signature and message). */
function pickEvidence(results: readonly SignatureResult[]): SignatureResult[] {
  const seen = new Map<string, number>();
  const picked: SignatureResult[] = [];
  for (const r of results) {
    const kind = `${r.signature}\u0000${r.entry.message}`;
    const count = seen.get(kind) ?? 0;
    seen.set(kind, count + 1);
    if (count < MAX_PER_KIND && picked.push(r) === MAX_EVIDENCE) break;
  }
  // Results arrive in line order, and so are shown.
  return picked;
}

function toEvidence(matcher: Matcher, r: SignatureResult): Evidence {
  const { entry } = r;
  return {
    signature: matcher.index.signatures[r.signature]!.id,
    lineStart: entry.lineStart,
    lineEnd: entry.lineEnd,
    message: entry.message,
    ...(entry.component ? { component: entry.component } : {}),
    spans: r.spans.map(({ line, start, end }) => ({ line, start, end })),
  };
}

/** How many entries results stand for (see SignatureResult.weight). */
const entriesOf = (results: readonly SignatureResult[]): number =>
  results.reduce((sum, r) => sum + (r.weight ?? 1), 0);

/** Strong beats possible; then more identifying parts; then more lines of evidence. */
function scoreOf(results: SignatureResult[]): number {
  const strong = results.filter((r) => r.strong);
  const best = strong.length ? strong : results;
  const parts = Math.max(...best.map((r) => r.matchedParts));
  const distinctSignatures = new Set(best.map((r) => r.signature)).size;
  return (
    (strong.length ? 100 : 40) +
    10 * parts +
    5 * (distinctSignatures - 1) +
    Math.min(entriesOf(best), 10)
  );
}

/** Articles with signature evidence, best first. */
export function rankBySignatures(matcher: Matcher, results: SignatureResult[]): ArticleMatch[] {
  const byArticle = new Map<number, SignatureResult[]>();
  for (const r of results) {
    const article = matcher.index.signatures[r.signature]!.article;
    const list = byArticle.get(article);
    if (list) list.push(r);
    else byArticle.set(article, [r]);
  }
  return [...byArticle].map(([article, list]) => {
    const strong = list.some((r) => r.strong);
    const shown = strong ? list.filter((r) => r.strong) : list;
    const best = [...list].sort(
      (a, b) => b.matchedParts - a.matchedParts || a.missing.length - b.missing.length,
    )[0]!;
    return {
      slug: matcher.index.articles[article]!.slug,
      score: scoreOf(list),
      confidence: strong ? 'strong' : 'possible',
      via: 'signature',
      evidence: pickEvidence(shown).map((r) => toEvidence(matcher, r)),
      occurrences: entriesOf(shown),
      missing: strong ? [] : best.missing,
      terms: [],
    } satisfies ArticleMatch;
  });
}

/** Articles for a described problem (possible matches, with the words they share with it). */
export function rankBySymptoms(matcher: Matcher, text: string): ArticleMatch[] {
  return rankDescription(matcher.index, text).map(({ article, score, words }) => ({
    slug: matcher.index.articles[article]!.slug,
    // Below any signature match (40 and up): a described problem is a suggestion, never proof.
    score: Math.round((390 * score) / (score + 10)) / 10,
    confidence: 'possible',
    via: 'symptoms',
    evidence: [],
    occurrences: 0,
    missing: [],
    terms: words,
  }));
}
