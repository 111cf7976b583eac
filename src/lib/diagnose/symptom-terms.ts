// SHIPS TO THE BROWSER. Turns text into search terms for ranking articles by their symptoms:
// Latin words (lower case, a light English stemmer, no stop words) and overlapping bigrams of
// Japanese runs (kanji, kana), so that both languages need no dictionary.

// Matches a Latin word or a number, e.g. "Serial", "IPv6", "0x80004005", "IDE-R"
const RE_WORD = /[a-z0-9][a-z0-9_\-]*/g;
// Matches a run of Japanese characters, e.g. "電源オン" or "名前解決"
const RE_JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々ー]+/g;

const STOP_WORDS = new Set(
  'over up a an and are as at be but by can cannot could do does for from has have in into is it its not no of on or that the then there this to was when which while will with without you your my our we i me after before only some more than also'.split(' '),
);
// Matches a bigram of hiragana only, e.g. "でき" or "ます": particles and endings, no meaning.
const RE_HIRAGANA_BIGRAM = /^[\u3040-\u309f]{2}$/;

/** A light stemmer: "connections" → "connection", "starting" → "start", "failed" → "fail". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The terms of a text; at most `limit` of them, so a huge paste costs linear time and bounded memory. */
export function symptomTerms(text: string, limit = 5000): string[] {
  const terms: string[] = [];
  const lower = text.length > 200_000 ? text.slice(0, 200_000).toLowerCase() : text.toLowerCase();
  for (const [word] of lower.matchAll(RE_WORD)) {
    if (terms.length >= limit) return terms;
    if (word.length > 1 && !STOP_WORDS.has(word)) terms.push(stem(word));
  }
  for (const [run] of lower.matchAll(RE_JAPANESE_RUN)) {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length && terms.length < limit; i++) {
      const bigram = run.slice(i, i + 2);
      if (!RE_HIRAGANA_BIGRAM.test(bigram)) terms.push(bigram);
    }
  }
  return terms;
}
