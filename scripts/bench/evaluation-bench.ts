// Accuracy on the evaluation set (checks/fixtures/evaluation/): the widget's ranking of described
// problems and the site search's, given the same texts, per language and per half.
import { launchBrowser } from '../../checks/e2e/support/browser.ts';
import { searchRankings } from '../../checks/e2e/support/search-evaluation.ts';
import { serveSite } from '../../checks/e2e/support/static-server.ts';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import {
  formatScore,
  loadDescriptions,
  score,
  type EvalLang,
  type Score,
} from '../lib/evaluation.ts';
import type { Table } from './table.ts';

export interface EvaluationRow {
  lang: EvalLang;
  part: 'calibration' | 'report' | 'all';
  widget: Score;
  search: Score;
}

export async function benchEvaluation(dist: string): Promise<EvaluationRow[]> {
  const descriptions = loadDescriptions();
  const matcher = createMatcher(loadIndexFromContent('content'));
  const widget = new Map(
    descriptions.map((d) => [d.id, diagnose(matcher, d.text).matches.map((m) => m.slug)]),
  );
  const site = await serveSite(dist, '/');
  const browser = await launchBrowser();
  try {
    const search = await searchRankings(browser, (path) => site.url(path), descriptions);
    return (['ja', 'en'] as const).flatMap((lang) =>
      (['calibration', 'report', 'all'] as const).map((part) => {
        const set = descriptions.filter(
          (d) => d.lang === lang && (part === 'all' || d.part === part),
        );
        return { lang, part, widget: score(set, widget), search: score(set, search) };
      }),
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

export function evaluationTable(rows: readonly EvaluationRow[]): Table {
  return {
    title: 'Described problems: the evaluation set (right article first / among the first three)',
    head: ['lang', 'half', 'widget', 'site search'],
    rows: rows.map((r) => [r.lang, r.part, formatScore(r.widget), formatScore(r.search)]),
    notes: [
      "Descriptions written from the source's problem headings alone; the calibration half tuned the weights, the aliases and the threshold, the report half did not. Targets: top-3 ≥ 90 %, top-1 ≥ 70 % per language.",
    ],
  };
}
