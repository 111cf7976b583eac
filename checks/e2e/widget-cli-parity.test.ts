// One engine, one answer: every signature sample, every fixture log and the whole evaluation set
// (descriptions and negative texts) go through the widget in Chromium and through the CLI, and the
// ranked articles with their confidences must be the same. The CLI's own code path runs in this
// process for every input (spawning it 300 times would take minutes); a spawned CLI covers a sample.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDescriptions, loadNegatives } from '../../scripts/lib/evaluation.ts';
import { runDiagnose } from '../../src/cli/main.ts';
import type { JsonReport } from '../../src/cli/report.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { newContext } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { diagnoseText, dropFiles, openWidget } from './support/widget.ts';

const { site, browser } = useSite();

interface Input {
  id: string;
  /** A file on disk (fixture logs: dropped with their name and bytes), or text written to a temporary file. */
  path: string;
  text?: string;
}

// Matches a character that a file name should not carry, e.g. "/" or " "
const RE_UNSAFE_NAME = /[^a-z0-9-]/gi;

const workDir = mkdtempSync(join(tmpdir(), 'oobkb-parity-'));
const asFile = (id: string, text: string): Input => {
  const path = join(workDir, `${id.replace(RE_UNSAFE_NAME, '_')}.txt`);
  writeFileSync(path, text);
  return { id, path, text };
};

const FIXTURES = 'checks/fixtures/logs';
const inputs: Input[] = [
  ...loadKnowledgeBase('content').articles.flatMap((a) =>
    a.facts.signatures.flatMap((s) =>
      s.samples.map((sample, i) => asFile(`sample-${s.id}-${i}`, sample)),
    ),
  ),
  ...readdirSync(FIXTURES)
    .filter((f) => !f.endsWith('.json'))
    .map((f) => ({ id: `fixture-${f}`, path: join(FIXTURES, f) })),
  ...loadDescriptions().map((d) => asFile(d.id, d.text)),
  ...loadNegatives().map((n) => asFile(n.id, n.text)),
];

type Ranked = string[];
const ranking = (matches: { slug: string; confidence: string }[]): Ranked =>
  matches.map((m) => `${m.slug}:${m.confidence}`);
const cliRanking = async (path: string): Promise<Ranked> =>
  ranking((JSON.parse(await runDiagnose([path], true, 'en', 'content')) as JsonReport).matches);

test('the widget and the CLI rank every sample, fixture log and evaluation text the same', async () => {
  assert.ok(inputs.length >= 200, `${inputs.length} inputs`);
  const context = await newContext(browser());
  const page = await context.newPage();
  await openWidget(page, site().url('en/diagnose/'));
  const differences: string[] = [];
  for (const input of inputs) {
    if (input.text === undefined) {
      await dropFiles(page, [
        { name: input.path.split('/').pop()!, bytes: [...readFileSync(input.path)] },
      ]);
    } else {
      await diagnoseText(page, input.text);
    }
    const inWidget = await page
      .locator('kb-diagnose output ol.matches > li')
      .evaluateAll((items) =>
        items.map(
          (i) =>
            `${(i as HTMLElement).dataset['slug']}:${(i as HTMLElement).dataset['confidence']}`,
        ),
      );
    const inCli = await cliRanking(input.path);
    if (inWidget.join(' ') !== inCli.join(' '))
      differences.push(`${input.id}: widget [${inWidget.join(', ')}] CLI [${inCli.join(', ')}]`);
  }
  await context.close();
  assert.deepEqual(differences, []);
});

test('the spawned CLI prints what its code path gives in process', async () => {
  for (const input of inputs.filter((_, i) => i % 25 === 0)) {
    const result = spawnSync(
      process.execPath,
      ['bin/oobkb.cjs', 'diagnose', input.path, '--json'],
      { encoding: 'utf8' },
    );
    const matches = (JSON.parse(result.stdout) as JsonReport).matches;
    // Exit 0 with an article, 1 without one.
    assert.equal(result.status, matches.length ? 0 : 1, result.stderr);
    assert.deepEqual(ranking(matches), await cliRanking(input.path), input.id);
  }
});
