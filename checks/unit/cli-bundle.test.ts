// The CLI's bundles (src/cli/cli-bundle.cjs): a command run from its bundle prints what it prints
// from the sources, a bundle is built once and reused, and a changed source builds it again.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './support/cli.ts';

const LOG = 'checks/fixtures/real-logs/002-amtopmgr-amt321-selfsigned-cert-tls-0x80090308.txt';
const XP = 'console-on-xp-sp2-or-server-2003-sp1';
/** The commands with a bundle of their own. */
const EVERYDAY = new Set(['code', 'diagnose', 'explain', 'timeline', 'show']);

test('every command prints the same from its bundle as from the sources', () => {
  const cache = mkdtempSync(join(tmpdir(), 'oobkb-bundle-check-'));
  const commands = [
    ['code', '0x80072EE9', '--json'],
    ['code', '-2147012887'],
    ['diagnose', LOG, '--json'],
    ['diagnose', LOG, '--lang', 'ja'],
    ['explain', LOG],
    ['timeline', LOG, '--all'],
    ['show', XP, '--lang', 'ja'],
    ['--help'],
    ['nonsense'],
  ];
  const built = new Set<string>();
  for (const args of commands) {
    const env = { OOBKB_CACHE_DIR: cache, OOBKB_TRACE: '1' };
    const bundled = runCli(args, { env });
    const again = runCli(args, { env });
    const sources = runCli(args, { env: { ...env, OOBKB_BUNDLE: '0' } });
    const name = args.join(' ');
    const bundle = EVERYDAY.has(args[0]!) ? args[0]! : 'main';
    // Built by the first command that runs from it.
    if (built.has(bundle)) assert.doesNotMatch(bundled.stderr, /CLI bundle/, name);
    else assert.match(bundled.stderr, new RegExp(`CLI bundle "${bundle}" built`), name);
    built.add(bundle);
    assert.doesNotMatch(again.stderr, /CLI bundle/, `${name}: the bundle is reused`);
    // The first run that answers leaves V8's code cache beside the bundle; the next ones use it.
    if (bundled.code !== 2 || !built.has(bundle))
      assert.doesNotMatch(again.stderr, /V8 code cache made/, `${name}: the code cache is reused`);
    assert.doesNotMatch(sources.stderr, /CLI bundle/, name);
    assert.equal(bundled.code, sources.code, name);
    assert.equal(bundled.stdout, sources.stdout, name);
    assert.ok(bundled.stdout.length > 0 || bundled.code === 2, name);
  }
  // One bundle per everyday command, and one of main.ts alone for the others.
  const memos = readdirSync(join(cache, 'cli')).filter((f) => f.endsWith('.json'));
  assert.deepEqual(memos.sort(), [
    'code.json',
    'diagnose.json',
    'explain.json',
    'main.json',
    'show.json',
    'timeline.json',
  ]);
});

test("a bundle's V8 code cache that does not fit is made again, and changes nothing printed", () => {
  const cache = mkdtempSync(join(tmpdir(), 'oobkb-bundle-v8-'));
  const env = { OOBKB_CACHE_DIR: cache, OOBKB_TRACE: '1' };
  const args = ['diagnose', LOG, '--json'];
  const first = runCli(args, { env });
  assert.match(first.stderr, /V8 code cache made/);
  const [build] = readdirSync(join(cache, 'cli')).filter((f) => f.startsWith('diagnose-'));
  const cacheFile = join(cache, 'cli', build!, 'main.cjs.v8-cache');
  assert.doesNotMatch(runCli(args, { env }).stderr, /V8 code cache made/);
  // Cut short, as a disk full might leave it: V8 refuses it, the command runs as without one.
  const whole = readFileSync(cacheFile);
  writeFileSync(cacheFile, whole.subarray(0, whole.length >> 1));
  const refused = runCli(args, { env });
  assert.match(refused.stderr, /V8 code cache made/);
  assert.equal(refused.stdout, first.stdout);
  assert.doesNotMatch(runCli(args, { env }).stderr, /V8 code cache made/, 'the new one fits');
  // A sector's worth of bytes damaged in the middle, the length kept: V8 alone would not see it.
  const kept = readFileSync(cacheFile);
  kept.fill(0xa5, kept.length >> 1, (kept.length >> 1) + 512);
  writeFileSync(cacheFile, kept);
  const damaged = runCli(args, { env });
  assert.match(damaged.stderr, /V8 code cache made/);
  assert.equal(damaged.stdout, first.stdout);
  // An error (exit 2) may have run little of the command: it leaves no cache.
  rmSync(cacheFile);
  assert.equal(runCli(['diagnose', '--lang', 'xx', LOG], { env }).code, 2);
  assert.equal(existsSync(cacheFile), false);
});

test("no String.raw template in the sources holds a character beyond ASCII (the bundle escapes those, which would change a raw template's text)", () => {
  const offenders: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(?:ts|mjs|cjs|js)$/.test(entry.name))
        for (const raw of readFileSync(path, 'utf8').matchAll(/String\.raw`[^`]*`/g))
          if (/[^\0-\x7f]/.test(raw[0])) offenders.push(`${path}: ${raw[0].slice(0, 60)}`);
    }
  };
  visit('src');
  assert.deepEqual(offenders, []);
});

test('a changed source builds the bundle again; an unchanged one is reused', async () => {
  const work = mkdtempSync(join(tmpdir(), 'oobkb-bundle-src-'));
  process.env['OOBKB_CACHE_DIR'] = join(work, 'cache');
  const entry = join(work, 'main.ts');
  writeFileSync(
    entry,
    "export const main = async (): Promise<number> => (await import('./part.ts')).value;\n",
  );
  const part = join(work, 'part.ts');
  writeFileSync(part, 'export const value: number = 1;\n');
  const require = createRequire(import.meta.url);
  const { bundledEntry } = require('../../src/cli/cli-bundle.cjs') as {
    bundledEntry: (entry: string, command?: string) => Promise<string | undefined>;
  };
  const run = async (path: string | undefined) => {
    assert.ok(path, 'a bundle was built');
    return (require(path) as { main: () => Promise<number> }).main();
  };
  const first = await bundledEntry(entry, undefined);
  assert.equal(await run(first), 1);
  assert.equal(await bundledEntry(entry, undefined), first);
  writeFileSync(part, 'export const value: number = 22;\n');
  const second = await bundledEntry(entry, undefined);
  assert.notEqual(second, first);
  assert.equal(await run(second), 22);
  delete process.env['OOBKB_CACHE_DIR'];
});
