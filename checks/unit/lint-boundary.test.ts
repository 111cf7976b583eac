// The engine's purity is a lint rule, not a promise: linting a fixture that imports node:* and
// astro:* and touches DOM globals, as if it lived in src/lib/diagnose/, reports every violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const FIXTURE = 'checks/fixtures/lint/engine-boundary.ts';

test('the lint rule reports node:*, astro:* and DOM globals inside src/lib/diagnose/', async () => {
  // The boundary rules as the project's configuration sets them for the engine's folder, run
  // without type information (the fixture is no part of the TypeScript project).
  const config = (await new ESLint().calculateConfigForFile(
    'src/lib/diagnose/boundary-fixture.ts',
  )) as { rules: Record<string, unknown> };
  const boundaryRules = Object.fromEntries(
    ['no-restricted-imports', 'no-restricted-globals'].map((rule) => [rule, config.rules[rule]]),
  );
  const lint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: (await import('typescript-eslint')).parser },
        rules: boundaryRules as never,
      },
    ],
  });
  const [result] = await lint.lintText(readFileSync(FIXTURE, 'utf8'), {
    filePath: 'src/lib/diagnose/boundary-fixture.ts',
  });
  const reported = result!.messages.map((m) => `${m.line}:${m.ruleId}`);
  assert.deepEqual(
    reported.sort(),
    [
      '3:no-restricted-imports',
      '4:no-restricted-imports',
      '8:no-restricted-globals',
      '9:no-restricted-globals',
      '10:no-restricted-globals',
    ].sort(),
  );
});

test('the same module outside src/lib/diagnose/ is not reported by the boundary rules', async () => {
  const eslint = new ESLint();
  const config = (await eslint.calculateConfigForFile('src/lib/content/boundary-fixture.ts')) as {
    rules: Record<string, unknown>;
  };
  assert.equal(config.rules['no-restricted-imports'], undefined);
});
