// SHIPS TO THE BROWSER. Turns prose (an article's fields, or a problem as a person describes it)
// into the terms that rank articles for a description:
// - Latin words: lower case, a light English stemmer, no stop words; error codes in any spelling
//   become one canonical term ("80072ee9" and "-2147012887" both become "0x80072ee9");
// - Japanese: the words of Intl.Segmenter (a dictionary segmenter in every current browser and in
//   Node) plus overlapping bigrams of kanji and katakana runs, which still match when the
//   segmenter cuts a compound differently in the text and in the article.
import { BARE_HEX8, HEX_0X, NEGATIVE_DECIMAL, wholeToken } from './code-spellings.ts';
import { parseCode } from './codes.ts';

export type TextLang = 'ja' | 'en';

/** A term and the form to show a person when it matched. */
export interface Term {
  term: string;
  shown: string;
}

// Matches a Latin word, a number or an identifier, e.g. "Serial", "IPv6", "0x80004005", "IDE-R", "AMT_RedirectionService"
const RE_WORD = /[a-z0-9][a-z0-9_-]*/g;
// Matches a run of Japanese characters, e.g. "電源オンにしても" or "名前解決"
const RE_JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々ー]+/g;
// Matches a run of kanji or katakana, e.g. "電源オン" in "電源オンにしても": bigrams stay inside one
const RE_CONTENT_RUN = /[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々ー]{2,}/g;
// Matches a Japanese character, e.g. "接"
const RE_JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;
// Matches text made of hiragana only, e.g. "でき" or "として": particles and endings, no meaning alone.
const RE_HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;
// Matches a token that may be an error code, e.g. "0x80072ee9", "80072ee9", "-2147012887", "2147954409"
// Matches digits only, e.g. "2147012887"
const RE_DIGITS_ONLY = /^\d+$/;
const RE_CODE_LIKE = wholeToken(HEX_0X, BARE_HEX8, NEGATIVE_DECIMAL, '\\d{10}');

const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can cannot could did do does doing done ' +
    'for from get got had has have having he her here him his how i if in into is it its just me more most my no not now of ' +
    'off on once only or other our out over own same she should so some still such than that the their them then there these ' +
    'they this those through to too under until up very was we were what when where which while who why will with without ' +
    'would yet you your anyone anybody thanks thank hi hello please help guys any ideas idea ' +
    // Verbs and words of any complaint: they say nothing about which problem it is.
    'try tried one two show see saw look seem work use using keep kept make made go went come take ' +
    'know think want need say said tell thing something anything everything every each way time day week ' +
    'problem issue question fine ok okay really even though since able fix fixed great ' +
    // Things every site has: which problem it is never depends on them.
    'site sites machine machines pc pcs desktop desktops box boxes device devices run runs running working works'
  ).split(' '),
);

/** Japanese words of the same kind: 拠点 (site), 台数 (number of machines), 端末 (terminal). */
const JAPANESE_STOP_WORDS = new Set(['サイト', '拠点', '台数', '端末', '全部', '環境']);
// Matches any of them, e.g. "拠点" in "拠点間": bigrams are not taken across or inside them.
const RE_JAPANESE_STOP_WORD = new RegExp([...JAPANESE_STOP_WORDS].join('|'), 'g');

/** A light stemmer: "connections" → "connection", "starting" → "start", "failed" → "fail". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && (word.endsWith('ses') || word.endsWith('xes')))
    return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The canonical term of a code-like token ("0x80072ee9"), or undefined. */
function codeTerm(word: string): string | undefined {
  if (!RE_CODE_LIKE.test(word)) return undefined;
  const value = parseCode(word);
  return value === undefined ? undefined : `0x${value.toString(16).padStart(8, '0')}`;
}

/** Words, and pairs of adjacent words ("server 2003", "local admin") that match phrases. */
function latinTerms(lower: string, out: Term[], limit: number): void {
  let previous: Term | undefined;
  let previousEnd = -1;
  for (const match of lower.matchAll(RE_WORD)) {
    if (out.length >= limit) return;
    // A minus sign before digits belongs to the code ("-2147012887"), not to the text.
    const word =
      lower[match.index - 1] === '-' && RE_DIGITS_ONLY.test(match[0]) ? `-${match[0]}` : match[0];
    if (word.length < 2 || STOP_WORDS.has(word)) {
      previous = undefined;
      continue;
    }
    const term = { term: codeTerm(word) ?? stem(word), shown: word };
    out.push(term);
    // Only words side by side (a space or a hyphen between them) make a pair.
    if (previous && match.index - previousEnd <= 1)
      out.push({ term: `~${previous.term} ${term.term}`, shown: `${previous.shown} ${word}` });
    previous = term;
    previousEnd = match.index + match[0].length;
  }
}

// Matches a katakana word's final long vowel mark, e.g. "ー" in "コンピューター"
const RE_FINAL_LONG_VOWEL = /(?<=[\u30a0-\u30ff]{2})ー$/;

/** "コンピューター" and "コンピュータ" are one word, written in the newer and the older style. */
const withoutLongVowel = (word: string) => word.replace(RE_FINAL_LONG_VOWEL, '');

let segmenter: Intl.Segmenter | undefined;

function japaneseTerms(text: string, out: Term[], limit: number): void {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  for (const [run] of text.matchAll(RE_JAPANESE_RUN)) {
    if (out.length >= limit) return;
    for (const { segment, isWordLike } of segmenter.segment(run)) {
      // A single character ("出", "見") is part of too many words to mean anything alone.
      if (
        isWordLike &&
        segment.length > 1 &&
        !RE_HIRAGANA_ONLY.test(segment) &&
        !JAPANESE_STOP_WORDS.has(segment)
      ) {
        out.push({ term: withoutLongVowel(segment), shown: segment });
      }
    }
    for (const [content] of run.replace(RE_JAPANESE_STOP_WORD, ' ').matchAll(RE_CONTENT_RUN)) {
      for (let i = 0; i + 1 < content.length && out.length < limit; i++) {
        const bigram = content.slice(i, i + 2);
        out.push({ term: `~${bigram}`, shown: bigram });
      }
    }
  }
}

/** Longer text is cut: ranking reads the first 200,000 characters, and at most `limit` terms. */
const MAX_CHARS = 200_000;

/** The terms of a text, in order of appearance (repeats kept). */
export function textTerms(text: string, limit = 5000): Term[] {
  // NFKC folds full-width letters and half-width katakana ("ＯＯＢ", "ｺﾝｿｰﾙ") into their usual forms.
  const cut = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).normalize('NFKC');
  const out: Term[] = [];
  latinTerms(cut.toLowerCase(), out, limit);
  japaneseTerms(cut, out, limit);
  return out;
}

/** The language a description is written in: Japanese when a good part of its letters are Japanese. */
export function textLang(text: string): TextLang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const japanese = sample.match(RE_JAPANESE_CHAR)?.length ?? 0;
  return japanese >= 4 ? 'ja' : 'en';
}
