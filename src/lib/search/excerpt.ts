// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:*.
// Pagefind's excerpts are text with < and > escaped and the matches wrapped in <mark>. They are
// split into plain parts here so that the page can build text nodes and <mark> elements itself:
// no excerpt (which can quote the query) ever goes through innerHTML.

/** One run of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// Matches Pagefind's highlight tags, e.g. "<mark>" and "</mark>"
const RE_MARK_TAG = /<(\/?)mark>/g;
// Matches the entities Pagefind (and Astro's HTML) write, e.g. "&lt;" in "&lt;ConfigMgrInstallationPath&gt;"
const RE_ENTITY = /&(lt|gt|amp|quot|#39|#x27);/g;
const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  '#39': "'",
  '#x27': "'",
};

/** Text with the entities Pagefind and Astro write turned back into characters. */
export const decodeEntities = (text: string) =>
  text.replace(RE_ENTITY, (_, name: string) => ENTITIES[name] ?? '');

/** Splits an excerpt into text runs: "a <mark>b</mark>" → [{a, false}, {b, true}]. Any other tag stays text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  let last = 0;
  const push = (raw: string) => {
    if (raw) parts.push({ text: decodeEntities(raw), mark });
  };
  for (const match of excerpt.matchAll(RE_MARK_TAG)) {
    push(excerpt.slice(last, match.index));
    mark = match[1] !== '/';
    last = match.index + match[0].length;
  }
  push(excerpt.slice(last));
  return parts;
}
