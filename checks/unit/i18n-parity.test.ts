// The string tables' parity is the type checker's job: a fixture whose Japanese table lacks a key
// and adds another compiles with exactly those two errors, and the real tables compile clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ts from 'typescript';

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  skipLibCheck: true,
};

const errorsOf = (file: string) =>
  ts
    .getPreEmitDiagnostics(ts.createProgram([file], OPTIONS))
    .filter((d) => d.file?.fileName.endsWith(file.split('/').pop()!))
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);

test('a Japanese table missing a key or adding one fails to type-check', () => {
  const errors = errorsOf('checks/fixtures/i18n/missing-key.ts');
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.ok(
    errors.some((e) => e.startsWith('TS2353') && e.includes("'extra'")),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.startsWith('TS2741') && e.includes("'subtitle'")),
    errors.join('\n'),
  );
});

test("the site's string tables type-check in both languages", () => {
  for (const table of [
    'src/i18n/site.ts',
    'src/i18n/widget.ts',
    'src/i18n/search.ts',
    'src/i18n/cli.ts',
  ])
    assert.deepEqual(errorsOf(table), [], table);
});
