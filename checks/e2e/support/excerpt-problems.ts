// What makes a search excerpt read as something nobody wrote (issue 13): a list of one code's
// spellings (the words a page is indexed under), or a field's label run into its value
// ("Symbolic namesERROR_…", "Standard messageThe option…").
import { codeSpellings, parseCode } from '../../../src/lib/diagnose/codes.ts';
import { codeIndexTerms } from '../../../src/lib/search/index-terms.ts';
import { decodeEntities } from '../../../src/lib/search/excerpt.ts';

/** A label and its value, as a page shows them (a <dt> and its <dd>). */
export interface Field {
  label: string;
  value: string;
}

// Matches a <dt> and the <dd> after it, e.g. <dt>Path</dt><dd><code>…</code></dd>
const RE_FIELD = /<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g;
// Matches what only search and screen readers meet, e.g. <span class="visually-hidden">: </span>
const RE_HIDDEN = /<span class="visually-hidden">[\s\S]*?<\/span>/g;
// Matches a tag, e.g. <code> or </a>
const RE_TAG = /<[^>]+>/g;
// Matches a run of white space, e.g. "\n  "
const RE_SPACES = /\s+/g;
// Matches what may close a word of a list, e.g. the "." after the last spelling
const RE_CLOSING = /[.,]$/;

const text = (html: string) =>
  decodeEntities(html.replace(RE_HIDDEN, '').replace(RE_TAG, '')).replace(RE_SPACES, ' ').trim();

/** The labelled fields of a built page, in order. */
export function pageFields(html: string): Field[] {
  return [...html.matchAll(RE_FIELD)]
    .map(([, label, value]) => ({ label: text(label!), value: text(value!) }))
    .filter((f) => f.label && f.value);
}

/** Every spelling of each code, lower-cased (Pagefind's and the page's), one set per code. */
export function spellingSets(codes: readonly string[]): Set<string>[] {
  return codes.map(
    (code) =>
      new Set(
        [...codeSpellings(parseCode(code)!), ...codeIndexTerms([code]).split(' ')].map((s) =>
          s.toLowerCase(),
        ),
      ),
  );
}

/** Two spellings of one code side by side, e.g. "0x80072ee9 80072ee9": the indexed list, not a sentence. */
function spellingList(excerpt: string, sets: readonly Set<string>[]): string | undefined {
  const words = excerpt.split(RE_SPACES).map((w) => w.replace(RE_CLOSING, '').toLowerCase());
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (a !== b && sets.some((set) => set.has(a) && set.has(b))) return `${a} ${b}`;
  }
  return undefined;
}

/** A label with its value's first characters right after it, or a value's last characters with the next label. */
function runTogether(excerpt: string, fields: readonly Field[]): string | undefined {
  const flat = excerpt.replace(RE_SPACES, ' ');
  for (const [i, { label, value }] of fields.entries()) {
    const joined = [`${label}${value.slice(0, 3)}`];
    const next = fields[i + 1];
    if (next) joined.push(`${value.slice(-3)}${next.label}`);
    const found = joined.find((j) => flat.includes(j));
    if (found) return found;
  }
  return undefined;
}

/** What is wrong with one excerpt: empty when it reads as the page's text. */
export function excerptProblems(
  excerpt: string,
  fields: readonly Field[],
  sets: readonly Set<string>[],
): string[] {
  const list = spellingList(excerpt, sets);
  const run = runTogether(excerpt, fields);
  return [
    ...(list ? [`spelling list "${list}"`] : []),
    ...(run ? [`label run into its value "${run}"`] : []),
  ];
}
