// The widget's ranking of described problems is at least as good as the site's own search given
// the same texts (the evaluation set), per language, first place and first three.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatScore, loadDescriptions, score } from '../../scripts/lib/evaluation.ts';
import { loadIndexFromContent } from '../../src/lib/content/load-index-fs.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import { useSite } from './support/site.ts';
import { searchRankings } from './support/search-evaluation.ts';

const { site, browser } = useSite();

test("the widget ranks the evaluation set's descriptions at least as well as the site search", async (t) => {
  const descriptions = loadDescriptions();
  const matcher = createMatcher(loadIndexFromContent('content'));
  // The engine in this process is the widget's ranking: widget-cli-parity.test.ts checks they agree.
  const widget = new Map(
    descriptions.map((d) => [d.id, diagnose(matcher, d.text).matches.map((m) => m.slug)]),
  );
  const search = await searchRankings(browser(), (path) => site().url(path), descriptions);
  for (const lang of ['ja', 'en'] as const) {
    const set = descriptions.filter((d) => d.lang === lang);
    const [byWidget, bySearch] = [score(set, widget), score(set, search)];
    t.diagnostic(`${lang}: widget ${formatScore(byWidget)}; site search ${formatScore(bySearch)}`);
    assert.ok(
      byWidget.top1 >= bySearch.top1,
      `${lang} top-1: widget ${byWidget.top1}, search ${bySearch.top1}`,
    );
    assert.ok(
      byWidget.top3 >= bySearch.top3,
      `${lang} top-3: widget ${byWidget.top3}, search ${bySearch.top3}`,
    );
  }
});
