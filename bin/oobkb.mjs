#!/usr/bin/env node
// The oobkb command. Node 22 runs the TypeScript sources directly (type stripping), so the CLI
// works right after `npm ci`, without a build. For a fast start it runs a bundle of them that
// src/cli/cli-bundle.mjs keeps in a cache (built on the first run, again after a source changed);
// without one, src/cli/ts-cache.mjs serves each source stripped of its types from a cache.
// `npx` puts the project's Node 22 first on PATH.
// Node's modules through getBuiltinModule: an ESM import builds a facade of all a module's exports.
const { dirname, join } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `oobkb: needs Node 22.18 or later (this is ${process.version}); run it with npx oobkb\n`,
  );
  process.exit(2);
}
// V8's compiled code for every module, kept on disk: a start-up then skips parsing and compiling.
const { enableCompileCache } = process.getBuiltinModule('node:module');
enableCompileCache?.(join(root, 'node_modules', '.cache', 'oobkb', 'v8'));
// Sources that load on demand (or all of them, without a bundle) come stripped from a cache.
const { useStrippedCache } = await import('../src/cli/ts-cache.mjs');
useStrippedCache();
const { bundledEntry } = await import('../src/cli/cli-bundle.mjs');
// OOBKB_BUNDLE=0 runs the sources themselves (the checks compare both).
const bundle =
  process.env.OOBKB_BUNDLE === '0'
    ? undefined
    : await bundledEntry('src/cli/main.ts', process.argv[2]);
/** @type {typeof import('../src/cli/main.ts')} */
const { main } = await import(bundle ?? '../src/cli/main.ts');
process.exitCode = await main(
  process.argv.slice(2),
  process.env.OOBKB_CONTENT ?? join(root, 'content'),
);
