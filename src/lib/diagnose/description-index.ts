// SHIPS TO THE BROWSER (pure). Compiles the articles' texts into the postings that rank a
// described problem with BM25F: per language, each field of an article (title, symptoms, the
// words administrators use, summary, cause, how to confirm) counts its terms with its own weight
// and its own length normalisation, and the weighted counts are summed into one term frequency
// per article. The saturation (k1) and the inverse document frequency are applied when a text is
// ranked (rank-description.ts), so the index holds only these sums.
import { textTerms } from './text-terms.ts';

/** One article's texts in one language, as ranking reads them. */
export interface DescriptionFields {
  title: string;
  symptoms: readonly string[];
  /** Words and phrases administrators use for the problem that the article's text does not. */
  aliases: readonly string[];
  summary: string;
  /** The body's cause and how-to-confirm sections, as plain text. */
  cause: string;
  confirm: string;
}

export type FieldName = keyof DescriptionFields;

/** What a field weighs, and how much its length normalises (BM25F's w and b per field). */
export const FIELDS: Record<FieldName, { weight: number; b: number }> = {
  title: { weight: 3, b: 0.5 },
  symptoms: { weight: 3, b: 0.5 },
  aliases: { weight: 5, b: 0.3 },
  summary: { weight: 1.5, b: 0.75 },
  cause: { weight: 1, b: 0.75 },
  confirm: { weight: 1, b: 0.75 },
};

const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Postings of one language: term → [article, weighted frequency, article, weighted frequency, …]. */
export interface DescriptionIndex {
  articles: number;
  postings: Record<string, number[]>;
}

function fieldText(fields: DescriptionFields, name: FieldName): string {
  const value = fields[name];
  return typeof value === 'string' ? value : value.join('\n');
}

/** Term counts of each field of one article. */
function countFields(fields: DescriptionFields): Record<FieldName, Map<string, number>> {
  const counts = {} as Record<FieldName, Map<string, number>>;
  for (const name of FIELD_NAMES) {
    const map = new Map<string, number>();
    for (const { term } of textTerms(fieldText(fields, name), 50_000))
      map.set(term, (map.get(term) ?? 0) + 1);
    counts[name] = map;
  }
  return counts;
}

const lengthOf = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The BM25F postings of every article's fields in one language; deterministic for the same input. */
export function compileDescriptionIndex(articles: readonly DescriptionFields[]): DescriptionIndex {
  const counted = articles.map(countFields);
  const averageLength = Object.fromEntries(
    FIELD_NAMES.map((name) => [
      name,
      counted.reduce((sum, c) => sum + lengthOf(c[name]), 0) / (counted.length || 1) || 1,
    ]),
  ) as Record<FieldName, number>;
  const postings: Record<string, number[]> = {};
  counted.forEach((fields, article) => {
    const weighted = new Map<string, number>();
    for (const name of FIELD_NAMES) {
      const { weight, b } = FIELDS[name];
      const norm = 1 - b + (b * lengthOf(fields[name])) / averageLength[name];
      for (const [term, count] of fields[name])
        weighted.set(term, (weighted.get(term) ?? 0) + (weight * count) / norm);
    }
    for (const [term, tf] of [...weighted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      (postings[term] ??= []).push(article, Math.round(tf * 1000) / 1000);
    }
  });
  // Key order is part of the JSON: sort it, so the same content always gives the same bytes.
  const sorted: Record<string, number[]> = {};
  for (const term of Object.keys(postings).sort()) sorted[term] = postings[term]!;
  return { articles: articles.length, postings: sorted };
}
