// Lint: @eslint/js recommended, typescript-eslint's type-checked rules, Astro's rules, Prettier's
// formatting rules turned off (Prettier formats). Zero warnings are allowed (npm run lint).
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser globals that the engine must never touch: it also runs in Node and in a Web Worker. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'customElements',
  'fetch',
  'XMLHttpRequest',
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'bench-results/', 'checks/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.node, ...globals.browser },
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The CLI's start-up code is CommonJS (bin/oobkb.cjs explains why).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine is pure: the browser's worker, the CLI and the checks all import it. So are the
    // authoring modules that the worker runs to draft an article.
    files: ['src/lib/diagnose/**/*.ts', 'src/lib/authoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|astro:|astro/)',
              message:
                'src/lib/diagnose/ is pure: no Node or Astro modules (Node-only loaders live in src/lib/content/ or src/cli/).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'src/lib/diagnose/ is pure: no DOM (it runs in a Web Worker and in Node).',
        })),
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    // node:test's test() returns a promise that the runner awaits itself.
    files: ['checks/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'before', 'after'],
            },
          ],
        },
      ],
    },
  },
  eslintConfigPrettier,
);
