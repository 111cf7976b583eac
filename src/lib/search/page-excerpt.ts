// SHIPS TO THE BROWSER (search page only). Pure TypeScript: no DOM, no node:*, no astro:*.
// Pagefind cuts its excerpt from everything it indexed, and that includes the spellings a page is
// indexed under (data-code-spellings, e.g. "0x80072ee9 80072ee9 2147012887 2147954409 12009."), so
// an excerpt could read as a list that nobody wrote. This rebuilds the excerpt as Pagefind 1.5 does
// (the densest window of matched words, each match in <mark>), from the page's own text: the run of
// spellings is cut out of the words first, so the codes stay searchable but never show.
import { codeIndexTerms } from './index-terms.ts';

/** The part of a result's data() the excerpt is built from. */
export interface ExcerptSource {
  /** Pagefind's excerpt, used as it is when the page has no spellings or the text is missing. */
  excerpt: string;
  /** Everything Pagefind indexed, < and > escaped; with U+200B between words where it segmented (Japanese). */
  raw_content?: string;
  /** The matched words, by index into the words of raw_content. */
  weighted_locations?: readonly { location: number; balanced_score: number }[];
  /** "codes": the page's codes, space-separated, whose spellings were indexed with it; "identifiers":
   * the identifiers of its code literals joined (AMT_RedirectionService → amtredirectionservice). */
  meta: { codes?: string; identifiers?: string };
}

/** Pagefind's excerpt length, in words (its default). */
const EXCERPT_WORDS = 30;
const ZWS = '\u200B';
// Matches the gaps Pagefind splits unsegmented text on, e.g. " " or "\n  "
const RE_GAPS = /[\r\n\s]+/g;
// Matches what a word's comparison ignores: white space and U+200B, e.g. the " " in "12009 "
const RE_BLANKS = /[\s\u200B]+/g;

const squash = (word: string) => word.replace(RE_BLANKS, '').toLowerCase();

/** The words of Pagefind's text, split as Pagefind splits them, and how it joins them again. */
export function contentWords(content: string): { words: string[]; joiner: string } {
  return content.includes(ZWS)
    ? { words: content.split(ZWS), joiner: '' }
    : { words: content.split(RE_GAPS), joiner: ' ' };
}

/**
 * Where a run of indexed-only text starts in the words and how many words it spans, with the full
 * stop Pagefind adds after it: ("a. 0x1 1. b", "0x1 1") → { start: 1, length: 2 }.
 */
export function findRun(
  words: readonly string[],
  run: string,
): { start: number; length: number } | undefined {
  const target = squash(run);
  if (!target) return undefined;
  for (let start = 0; start < words.length; start++) {
    // A one-word run with the full stop Pagefind adds after it: "efail."
    if (squash(words[start]!) === `${target}.`) return { start, length: 1 };
    if (!target.startsWith(squash(words[start]!)) || !squash(words[start]!)) continue;
    let text = '';
    let end = start;
    while (end < words.length && text.length < target.length) text += squash(words[end++]!);
    if (text === `${target}.`) return { start, length: end - start };
    if (text !== target) continue;
    while (end < words.length && !squash(words[end]!)) end++;
    if (squash(words[end] ?? '') === '.') end++;
    return { start, length: end - start };
  }
  return undefined;
}

/** Pagefind's choice of window: the start of the densest run of `length` words by match score. */
export function excerptStart(
  locations: readonly { location: number; balanced_score: number }[],
  length: number,
): number {
  const scores: number[] = [];
  for (const { location, balanced_score } of locations)
    scores[location] = (scores[location] ?? 0) + balanced_score;
  if (scores.length <= length) return 0;
  let densest = scores.slice(0, length).reduce((sum, s) => sum + (s ?? 0), 0);
  let sum = densest;
  let densestAt = [0];
  for (let i = 0; i < scores.length; i++) {
    sum += (scores[i + length] ?? 0) - (scores[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i];
    } else if (sum === densest && densestAt.at(-1) === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/** The runs of indexed-only text a page carries: its code spellings and its joined identifiers. */
function indexedRuns(meta: ExcerptSource['meta']): string[] {
  return [meta.codes && codeIndexTerms(meta.codes.split(' ')), meta.identifiers].filter(
    (run): run is string => Boolean(run),
  );
}

/** The result's excerpt in Pagefind's form (escaped text, matches in <mark>), from the page's text only. */
export function pageExcerpt(source: ExcerptSource, length = EXCERPT_WORDS): string {
  const { raw_content: content, weighted_locations: locations = [], meta } = source;
  const runs = indexedRuns(meta);
  if (!content || !runs.length) return source.excerpt;
  const { words, joiner } = contentWords(content);
  let kept = [...locations];
  let cut = false;
  for (const text of runs) {
    const run = findRun(words, text);
    if (!run) continue;
    cut = true;
    const end = run.start + run.length;
    words.splice(run.start, run.length);
    kept = kept
      .filter(({ location }) => location < run.start || location >= end)
      .map((l) => (l.location >= end ? { ...l, location: l.location - run.length } : l));
  }
  if (!cut) return source.excerpt;
  const start = Math.max(0, Math.min(excerptStart(kept, length), words.length - length));
  for (const { location } of kept) {
    const word = words[location];
    if (word !== undefined && !word.startsWith('<mark>')) words[location] = `<mark>${word}</mark>`;
  }
  return words
    .slice(start, start + length)
    .join(joiner)
    .trim();
}
