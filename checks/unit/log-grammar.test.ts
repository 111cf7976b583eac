// The log grammar colours every code spelling the engine finds in a line: both are built from
// src/lib/diagnose/code-spellings.ts, and this check tokenizes each spelling with Shiki.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import githubLight from 'shiki/themes/github-light.mjs';
import { findCodes } from '../../src/lib/diagnose/code-find.ts';
import { codeSpellings } from '../../src/lib/diagnose/codes.ts';
import { configMgrLogGrammar } from '../../src/lib/shiki/configmgr-log-grammar.mjs';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

const ERROR_CODE_SCOPE = 'constant.numeric.error-code.cmlog';

test('every spelling of every catalogued code that the engine finds in a line is highlighted as a code', async () => {
  const highlighter = await createHighlighterCore({
    langs: [configMgrLogGrammar],
    themes: [githubLight],
    engine: createOnigurumaEngine(import('shiki/wasm')),
  });
  const values = [
    ...loadKnowledgeBase('content').codes.map((c) => parseInt(c.id, 16) >>> 0),
    0x80090308,
    0xc0002825,
  ];
  let checked = 0;
  for (const value of values) {
    for (const spelling of codeSpellings(value)) {
      const line = `GetAMTPowerState fail with result: ${spelling}`;
      const found = findCodes(line).find((m) => line.slice(m.start, m.end) === spelling);
      if (!found) continue; // The engine does not read this spelling in a line (e.g. a bare small decimal).
      const [tokens] = highlighter.codeToTokensBase(line, {
        lang: 'cmlog',
        theme: 'github-light',
        includeExplanation: true,
      });
      const scopes = tokens!.flatMap((t) =>
        (t.explanation ?? [])
          .filter((e) => spelling.includes(e.content) && e.content.trim())
          .flatMap((e) => e.scopes.map((s) => s.scopeName)),
      );
      assert.ok(
        scopes.includes(ERROR_CODE_SCOPE),
        `${spelling} (in "${line}") is highlighted as a code`,
      );
      checked++;
    }
  }
  assert.ok(checked >= 20, `${checked} spellings checked`);
  highlighter.dispose();
});
