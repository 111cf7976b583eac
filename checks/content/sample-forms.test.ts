// Each signature's samples should be written in more than one line form (SMS trace, CMTrace, viewer
// copy, status row): a signature tried on one form only is printed as a warning, not a failure
// (`oobkb coverage` lists every signature's forms).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverage, oneFormWarnings } from '../../src/lib/authoring/coverage.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

test('warns about each signature whose samples cover one line form only', (t) => {
  const report = coverage(loadKnowledgeBase('content'));
  assert.ok(report.signatures.length > 0);
  for (const warning of oneFormWarnings(report)) {
    t.diagnostic(`warning: ${warning}`);
    process.stderr.write(`warning: ${warning}\n`);
  }
});
