// Build time (src/integrations/pagefind.ts): measures where the index's Japanese segmentation
// (Lindera, at indexing) and the browser's (Intl.Segmenter, at query time) disagree on this site's
// own text, and writes the rewrites that japanese-query.ts applies to queries.
import type { JapaneseRewrites } from './japanese-query.ts';

// Matches a word of kanji and katakana only, e.g. "証明書", "プロビジョニング" (not "した" or "上の")
const RE_CONTENT_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー々]{2,}$/u;
// Matches a katakana-only word, e.g. "クエリ"
const RE_KATAKANA_WORD = /^[\p{Script=Katakana}ー]{2,}$/u;
// Matches what separates the index's words in a Pagefind fragment: spaces and zero-width spaces
const RE_INDEX_SEPARATOR = /[\s\u200B]+/;
// Matches punctuation and symbols around an indexed word, e.g. "(" and "、"
const RE_PUNCTUATION = /[\p{P}\p{S}]/gu;

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const words = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** The index's words in a fragment's content, where Pagefind separates them with U+200B. */
export function indexedWords(content: string): string[] {
  return content
    .split(RE_INDEX_SEPARATOR)
    .map((w) => w.replace(RE_PUNCTUATION, '').toLowerCase())
    .filter(Boolean);
}

/** Splits a word into the fewest indexed words, longer leading words on a tie, or undefined. */
export function splitIntoIndexed(
  word: string,
  vocabulary: ReadonlySet<string>,
): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = end - 1; start >= 0; start--) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (before && vocabulary.has(piece) && (!best[end] || best[end]!.length > before.length + 1))
        best[end] = [...before, piece];
    }
  }
  return best[word.length];
}

/** The rewrites for Japanese pages, from each page's fragment content (Lindera's words joined by U+200B). */
export function japaneseRewrites(contents: readonly string[]): JapaneseRewrites {
  const vocabulary = new Set(contents.flatMap(indexedWords));
  const split: JapaneseRewrites['split'] = {};
  for (const word of new Set(contents.flatMap((c) => words(c.replaceAll('\u200B', ''))))) {
    if (!RE_CONTENT_WORD.test(word) || vocabulary.has(word.toLowerCase())) continue;
    const parts = splitIntoIndexed(word.toLowerCase(), vocabulary);
    if (parts && parts.length > 1) split[word] = parts;
  }
  const whole = [...vocabulary]
    .filter((w) => RE_KATAKANA_WORD.test(w) && words(w).length > 1)
    .sort();
  return {
    split: Object.fromEntries(Object.entries(split).sort(([a], [b]) => a.localeCompare(b))),
    whole,
  };
}
