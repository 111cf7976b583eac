#!/usr/bin/env node
// The oobkb command. Node 22 runs the TypeScript sources directly (type stripping), so the CLI
// works right after `npm ci`, without a build; src/cli/ts-cache.mjs keeps the stripped sources in
// a cache so that a start-up does not pay for the stripper. `npx` puts the project's Node 22 first on PATH.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const { useStrippedCache } = await import('../src/cli/ts-cache.mjs');
useStrippedCache();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2), process.env.OOBKB_CONTENT ?? join(root, 'content'));
