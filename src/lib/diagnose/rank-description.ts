// SHIPS TO THE BROWSER. Ranks articles for a problem described in words (not a log): BM25F over
// the articles' fields in the text's own language (description-index.ts). More detail can only
// add evidence: there is no share of the text that must match, so a sentence about the model or
// what was tried never hides the answer. Words that most articles share (console, AMT, 帯域外…)
// weigh nothing; ties fall to how much of the text's weight an article covers, then to the other
// language's texts, never to the order of the articles.
import type { DescriptionIndex } from './description-index.ts';
import type { SignatureIndex } from './signature-index.ts';
import { textLang, textTerms, type Term } from './text-terms.ts';

/** BM25's term-frequency saturation. */
const K1 = 1.2;
/** A term in more than this share of the articles is common to the subject and weighs nothing. */
const COMMON_SHARE = 0.6;
/** Bigrams repeat what the segmenter's words already say; they count for less. */
const BIGRAM_WEIGHT = 0.5;
/**
 * The best article must score at least this for any answer: below it the text shares no word with
 * an article that is not common to all (calibrated on the evaluation set's calibration half:
 * every description there scores above it; see checks/fixtures/evaluation/).
 */
export const MIN_SCORE = 1;
/** Further suggestions must score at least this share of the best one's. */
const RELATIVE_FLOOR = 0.2;
/** At most this many suggestions, and this many words shown for each. */
const MAX_SUGGESTIONS = 3;
const MAX_SHOWN_WORDS = 8;

export interface DescriptionMatch {
  article: number;
  score: number;
  /** Share of the text's meaningful weight that the article covers (0–1): the tie-breaker. */
  coverage: number;
  /** The text's words that matched, most telling first. */
  words: string[];
}

interface Scored extends DescriptionMatch {
  otherScore: number;
}

/** The weight of a term: BM25's inverse document frequency, zero for words common to the subject. */
function idfOf(df: number, articles: number): number {
  if (df > Math.max(1, COMMON_SHARE * articles)) return 0;
  return Math.log(1 + (articles - df + 0.5) / (df + 0.5));
}

/** Unique terms with their query weight and the form to show. */
function queryTerms(terms: readonly Term[]): Map<string, { weight: number; shown: string }> {
  const unique = new Map<string, { weight: number; shown: string }>();
  for (const { term, shown } of terms) {
    if (!unique.has(term))
      unique.set(term, { weight: term.startsWith('~') ? BIGRAM_WEIGHT : 1, shown });
  }
  return unique;
}

/** Scores every article of one language's index against the terms. */
function scoreAll(
  index: DescriptionIndex,
  terms: Map<string, { weight: number; shown: string }>,
  count: number,
) {
  const scores = new Float64Array(count);
  const covered = new Float64Array(count);
  const matched: { term: string; shown: string; gain: number }[][] = Array.from(
    { length: count },
    () => [],
  );
  let textWeight = 0;
  const rarest = idfOf(0, index.articles);
  for (const [term, { weight, shown }] of terms) {
    const postings = index.postings[term];
    if (!postings) {
      // A word no article uses still belongs to the text's weight (for coverage), as the rarest.
      textWeight += weight * rarest;
      continue;
    }
    const idf = idfOf(postings.length / 2, index.articles);
    textWeight += weight * idf;
    if (idf === 0) continue;
    for (let i = 0; i < postings.length; i += 2) {
      const article = postings[i]!;
      const tf = postings[i + 1]!;
      const gain = weight * idf * ((tf * (K1 + 1)) / (tf + K1));
      scores[article]! += gain;
      covered[article]! += weight * idf;
      matched[article]!.push({ term, shown, gain });
    }
  }
  return { scores, covered, matched, textWeight };
}

/** The words to show for an article: most telling first, a bigram only when no shown word holds it. */
function shownWords(matched: readonly { term: string; shown: string; gain: number }[]): string[] {
  const words: string[] = [];
  for (const { term, shown } of [...matched].sort((a, b) => b.gain - a.gain)) {
    if (words.length >= MAX_SHOWN_WORDS) break;
    // A bigram or a pair of words adds nothing when the words that hold it are shown already.
    const repeats =
      term.startsWith('~') &&
      (words.some((w) => w.includes(shown)) ||
        shown.split(' ').every((part) => words.includes(part)));
    if (words.includes(shown) || repeats) continue;
    words.push(shown);
  }
  return words;
}

/** Articles for a described problem, best first: at most three, none when nothing meaningful is shared. */
export function rankDescription(index: SignatureIndex, text: string): DescriptionMatch[] {
  const lang = textLang(text);
  const other = lang === 'ja' ? 'en' : 'ja';
  const terms = queryTerms(textTerms(text));
  const count = index.articles.length;
  const own = scoreAll(index.descriptions[lang], terms, count);
  const second = scoreAll(index.descriptions[other], terms, count);
  const scored: Scored[] = [];
  for (let article = 0; article < count; article++) {
    const score = own.scores[article]!;
    if (score <= 0) continue;
    scored.push({
      article,
      score: Math.round(score * 1000) / 1000,
      coverage: own.textWeight ? own.covered[article]! / own.textWeight : 0,
      words: shownWords(own.matched[article]!),
      otherScore: second.scores[article]!,
    });
  }
  scored.sort(
    (a, b) => b.score - a.score || b.coverage - a.coverage || b.otherScore - a.otherScore,
  );
  const best = scored[0];
  if (!best || best.score < MIN_SCORE) return [];
  return scored
    .filter((s) => s.score >= RELATIVE_FLOOR * best.score)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ article, score, coverage, words }) => ({ article, score, coverage, words }));
}
