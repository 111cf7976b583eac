#!/usr/bin/env node
// The oobkb command. Node 22 runs the TypeScript sources directly (type stripping), so the CLI
// works right after `npm ci`, without a build. For a fast start it runs a bundle of them that
// src/cli/cli-bundle.cjs keeps in a cache (built when a command first runs, again after a source
// changed), with V8's code cache of an earlier run (loadBundle); without one, src/cli/ts-cache.cjs
// serves each source stripped of its types from a cache. This file and the start-up code are
// CommonJS, and so are the bundles: a start-up then never starts Node's ES module loader (~5 ms).
// `npx` puts the project's Node 22 first on PATH.
'use strict';

const { join } = require('node:path');

const root = join(__dirname, '..');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `oobkb: needs Node 22.18 or later (this is ${process.version}); run it with npx oobkb\n`,
  );
  process.exit(2);
}
// V8's compiled code for every module, kept on disk: a start-up then skips parsing and compiling.
require('node:module').enableCompileCache?.(join(root, 'node_modules', '.cache', 'oobkb', 'v8'));
const { bundledEntry, loadBundle } = require('../src/cli/cli-bundle.cjs');

/** @typedef {typeof import('../src/cli/main.ts')} Main */

/**
 * The exports of main.ts, from the command's bundle or from the sources (OOBKB_BUNDLE=0, or no
 * bundle could be built), and what to do once it ran.
 * @returns {Promise<{ exports: Main, afterRun: (answered: boolean) => void }>}
 */
async function loadMain() {
  const bundle =
    process.env.OOBKB_BUNDLE === '0'
      ? undefined
      : await bundledEntry('src/cli/main.ts', process.argv[2]);
  if (bundle !== undefined) return loadBundle(bundle);
  // The sources, served stripped of their types from a cache (a bundle does this itself before it
  // imports a source on demand).
  require('../src/cli/ts-cache.cjs').useStrippedCache();
  return { exports: await import('../src/cli/main.ts'), afterRun: () => {} };
}

loadMain().then(async ({ exports, afterRun }) => {
  const code = await exports.main(
    process.argv.slice(2),
    process.env.OOBKB_CONTENT ?? join(root, 'content'),
  );
  // 0: an answer, 1: none found (also an answer); 2 is an error, which may have run little.
  afterRun(code === 0 || code === 1);
  // Once the output is out, exit now: at the event loop's end Node would first wait for V8's
  // background compile tasks, which nothing here needs (~4 ms of a one-line diagnosis).
  if (exports.allWritten()) process.exit(code);
  process.exitCode = code;
});
