// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// Works around Pagefind issue #1237: Japanese pages are indexed with Lindera's segmentation, but a
// query is split by the browser's Intl.Segmenter, and the two disagree. When a query word is not
// an indexed word, Pagefind shortens it until something matches (証明書 → 証明 …) or gives up.
// Two kinds of disagreement, both measured on this site at build time (japanese-rewrites.ts):
//   split: Intl keeps a compound that the index holds in parts (証明書 → 証明 + 書): the query
//          gets the parts, separated by spaces, which Intl.Segmenter never joins.
//   whole: Intl cuts a katakana word that the index holds whole (クエリ → ク + エリ): a combining
//          grapheme joiner between its letters stops Intl from cutting it, and Pagefind strips
//          the joiner (it removes combining marks) before it looks the word up.
// And two rules, the same on every site, for Latin words, which Intl keeps whole:
//   identifiers: AMT_RedirectionService, which the index holds in parts, is looked up in its joined
//          form, under which every page that quotes it in code is also indexed (identifiers.ts).
//   colon:  description:Invalid is two words in the index; Pagefind would look up "descriptioninvalid".

import { joinIdentifiers } from './identifiers.ts';

/** The rewrites for one site, written by the build next to the Pagefind bundle. */
export interface JapaneseRewrites {
  /** Intl.Segmenter word → the index's words, e.g. { "証明書": ["証明", "書"] }. */
  split: Record<string, string[]>;
  /** Indexed katakana words that Intl.Segmenter cuts, e.g. ["クエリ", "ファイアウォール"]. */
  whole: string[];
}

/** U+034F COMBINING GRAPHEME JOINER: a combining mark, so Pagefind's diacritics folding drops it. */
const JOINER = '\u034F';
// Matches a katakana-only word, e.g. "クエリ", "ファイアウォール"
const RE_KATAKANA_WORD = /^[\p{Script=Katakana}ー]{2,}$/u;
// Matches one katakana letter, e.g. "ク"
const RE_KATAKANA = /[\p{Script=Katakana}ー]/u;
// Matches a single colon between letters, e.g. in "description:Invalid" (not "::", which joins an identifier)
const RE_WORD_COLON = /(?<=[A-Za-z]):(?=[A-Za-z])/g;
// Matches a run of spaces, e.g. "  " left where a split word met a space the person typed
const RE_SPACE_RUN = / {2,}/g;

/** A word Intl.Segmenter will keep whole when it is katakana: ク͏エ͏リ. */
const keepWhole = (word: string) => (RE_KATAKANA_WORD.test(word) ? [...word].join(JOINER) : word);

/** Rewrites ready to apply: the split words, and the whole words longest first. */
export interface CompiledRewrites {
  split: Map<string, string>;
  whole: string[];
}

/** Compiles the rewrites: each split word to its parts joined by spaces. */
export function compileRewrites(rewrites: JapaneseRewrites): CompiledRewrites {
  const split = new Map(
    Object.entries(rewrites.split).map(([word, parts]) => [
      word,
      ` ${parts.map(keepWhole).join(' ')} `,
    ]),
  );
  return { split, whole: [...rewrites.whole].sort((a, b) => b.length - a.length) };
}

/** Joins the letters of each whole katakana word that stands alone (not inside a longer katakana word). */
function joinWholeWords(query: string, whole: readonly string[]): string {
  let out = query;
  for (const word of whole) {
    let at = out.indexOf(word);
    while (at !== -1) {
      const end = at + word.length;
      const alone = !RE_KATAKANA.test(out[at - 1] ?? '') && !RE_KATAKANA.test(out[end] ?? '');
      const replacement = alone ? keepWhole(word) : word;
      out = out.slice(0, at) + replacement + out.slice(end);
      at = out.indexOf(word, at + replacement.length);
    }
  }
  return out;
}

/** The Latin words of a query as the Japanese index holds them: AMT_RedirectionService → "AMTRedirectionService", description:Invalid → "description Invalid". */
export const latinWords = (query: string): string =>
  joinIdentifiers(query).replace(RE_WORD_COLON, ' ');

/** Rewrites a query so that Pagefind looks up the words the index holds: 証明書の確認 → "証明 書 の確認". */
export function rewriteJapaneseQuery(query: string, compiled: CompiledRewrites): string {
  // Split words are Intl.Segmenter's words, so they are matched as whole segments, as Pagefind will cut them.
  const segments = [
    ...new Intl.Segmenter('ja', { granularity: 'word' }).segment(latinWords(query)),
  ].map(({ segment }) => compiled.split.get(segment) ?? segment);
  return joinWholeWords(segments.join(''), compiled.whole).replace(RE_SPACE_RUN, ' ').trim();
}
