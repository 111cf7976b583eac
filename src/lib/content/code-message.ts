// How a code's message is shown: the platform's own words are quoted as such; a Japanese text that
// no source shows Windows writing is only ever shown as a translation of the English words.
// Pure: the pages, /{lang}/codes.json and the engine's index (engine-input.ts) share it.
import type { CodeEntry } from '../../schemas/error-code.ts';
import type { Lang } from '../../schemas/languages.ts';

/** The label of a translation in a one-line message, per language. */
const TRANSLATION_MARK: Record<Lang, string> = { ja: '訳', en: 'translation' };

/** The platform's own words in a language, or undefined when no source shows them. */
export const ownWords = (entry: CodeEntry, lang: Lang): string | undefined => entry.message[lang];

/** Our translation into a language of the English words, when that language has no own words. */
export const translationOf = (entry: CodeEntry, lang: Lang): string | undefined =>
  ownWords(entry, lang) === undefined && lang === 'ja' ? entry.translation?.ja : undefined;

/**
 * The message as one line of text, for places without markup (search code card, CLI, widget):
 * the own words, e.g. "エラーを特定できません", or the English words with their translation marked,
 * e.g. "The option is invalid. (訳: オプションが無効です。)".
 */
export function messageLine(entry: CodeEntry, lang: Lang): string {
  const own = ownWords(entry, lang);
  if (own !== undefined) return own;
  const translation = translationOf(entry, lang);
  return translation ? `${entry.message.en} (${TRANSLATION_MARK[lang]}: ${translation})` : entry.message.en;
}
