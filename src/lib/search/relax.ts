// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// Pagefind answers only pages that contain every word of a query, so a symptom written in a
// person's own words ("the console is stuck on Connecting") finds nothing as soon as one word
// is missing from the article. When that happens the search is relaxed: each meaningful word is
// searched alone and pages are ranked by the sum of their scores, after the pages with every word.

/** Words that carry no meaning on their own in an English symptom. */
const EN_STOP_WORDS = new Set(
  'a an and are as at be by can cannot do does for from has have i in is it its my of on or that the this to was when with'.split(
    ' ',
  ),
);
// Matches a word of hiragana only, e.g. "が", "しか", "されない": particles and inflections
const RE_HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

/** The words of a query worth searching alone: "stuck on Connecting" → ["stuck", "connecting"]. */
export function relaxedTerms(term: string, lang: 'ja' | 'en'): string[] {
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(term)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.toLowerCase());
  const meaningful = words.filter((w) =>
    lang === 'en' ? !EN_STOP_WORDS.has(w) : !RE_HIRAGANA_ONLY.test(w),
  );
  return [...new Set(meaningful)];
}

// Matches the spaces between a query's words, e.g. "  " in "stuck  on"
const RE_SPACES = /\s+/;
// Matches an exact-phrase query, e.g. "\"Serial over LAN\"", which Pagefind matches word for word
const RE_QUOTED = /^\s*".+"\s*$/;

/** An English query without its stop words ("stuck on Connecting" → "stuck Connecting"), which would
 * otherwise rank pages by words such as "on"; other queries, and quoted phrases, stay as they are. */
export function withoutStopWords(term: string, lang: 'ja' | 'en'): string {
  if (lang !== 'en' || RE_QUOTED.test(term)) return term;
  const kept = term.split(RE_SPACES).filter((w) => w && !EN_STOP_WORDS.has(w.toLowerCase()));
  return kept.length ? kept.join(' ') : term;
}

/** A ranked search result, as far as merging is concerned. */
export interface Scored {
  id: string;
  score: number;
}

/** The strict results, then every other page that has some of the words, by the sum of its scores. */
export function mergeRelaxed<T extends Scored>(
  strict: readonly T[],
  perTerm: readonly (readonly T[])[],
): T[] {
  const seen = new Set(strict.map((r) => r.id));
  const sums = new Map<string, { result: T; score: number }>();
  for (const results of perTerm) {
    for (const result of results) {
      if (seen.has(result.id)) continue;
      const entry = sums.get(result.id) ?? { result, score: 0 };
      entry.score += result.score;
      sums.set(result.id, entry);
    }
  }
  const relaxed = [...sums.values()].sort((a, b) => b.score - a.score).map((e) => e.result);
  return [...strict, ...relaxed];
}
