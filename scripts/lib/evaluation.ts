// The evaluation set (checks/fixtures/evaluation/): problems described in administrators' words,
// written from the source's problem headings alone, each with the article that answers it, and
// negative texts that must never give a strong match. Half of each heading's descriptions calibrate
// the ranking (weights, threshold); the other half report. Shared by the checks and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export type EvalLang = 'ja' | 'en';
export type EvalPart = 'calibration' | 'report';

export interface Description {
  id: string;
  lang: EvalLang;
  text: string;
  expected: string;
  part: EvalPart;
}

export interface NegativeText {
  id: string;
  kind: 'log' | 'description';
  lang: EvalLang;
  source: string;
  about: string;
  text: string;
}

const DIR = 'checks/fixtures/evaluation';

function readYaml<T>(name: string): T {
  return parseYaml(readFileSync(join(DIR, name), 'utf8')) as T;
}

/** Every description, with its expected article and its part (alternating within each heading). */
export function loadDescriptions(): Description[] {
  const headings = readYaml<Record<string, string>>('headings.yaml');
  return (['ja', 'en'] as const).flatMap((lang) => {
    const raw = readYaml<{ id: string; heading: string; text: string }[]>(
      `descriptions.${lang}.yaml`,
    );
    const seen = new Map<string, number>();
    return [...raw]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, heading, text }) => {
        const expected = headings[heading];
        if (!expected)
          throw new Error(`${DIR}/descriptions.${lang}.yaml: ${id}: unknown heading ${heading}`);
        const nth = seen.get(heading) ?? 0;
        seen.set(heading, nth + 1);
        return {
          id,
          lang,
          text,
          expected,
          part: nth % 2 === 0 ? 'calibration' : 'report',
        } satisfies Description;
      });
  });
}

export const loadNegatives = (): NegativeText[] => readYaml<NegativeText[]>('negatives.yaml');

/** Ranked slugs for a text, best first. */
export type Ranker = (text: string) => readonly string[];

export interface Score {
  total: number;
  top1: number;
  top3: number;
  /** Descriptions whose expected article is not among the first three. */
  misses: { id: string; expected: string; got: readonly string[] }[];
}

/** Top-1 and top-3 accuracy of ranked answers for a list of descriptions. */
export function score(
  descriptions: readonly Description[],
  ranked: ReadonlyMap<string, readonly string[]>,
): Score {
  let top1 = 0;
  let top3 = 0;
  const misses: Score['misses'] = [];
  for (const d of descriptions) {
    const got = ranked.get(d.id) ?? [];
    if (got[0] === d.expected) top1++;
    if (got.slice(0, 3).includes(d.expected)) top3++;
    else misses.push({ id: d.id, expected: d.expected, got: got.slice(0, 3) });
  }
  return { total: descriptions.length, top1, top3, misses };
}

export const percent = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);

/** "top-1 80.0 % (24/30), top-3 93.3 % (28/30)" */
export const formatScore = (s: Score) =>
  `top-1 ${percent(s.top1, s.total)} % (${s.top1}/${s.total}), top-3 ${percent(s.top3, s.total)} % (${s.top3}/${s.total})`;
