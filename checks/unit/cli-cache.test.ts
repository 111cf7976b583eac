// The CLI's start-up cache: the knowledge base compiled from content/ is kept in a file named by
// the hash of content/ (and of the code that compiles it), read on the next start, and compiled
// again when a content file changes. The sources, stripped of their types, are cached too.
import assert from 'node:assert/strict';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeInfo } from '../../src/cli/code-command.ts';
import { runCli } from './support/cli.ts';

const XP = 'console-on-xp-sp2-or-server-2003-sp1';

test('compiles content/ once, reads the cache after, and compiles again when a content file changes', () => {
  const work = mkdtempSync(join(tmpdir(), 'oobkb-cache-check-'));
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  cpSync('content', content, { recursive: true });
  const env = { OOBKB_CONTENT: content, OOBKB_CACHE_DIR: cache, OOBKB_TRACE: '1' };
  const code = () => {
    const run = runCli(['code', '0x80072EE9', '--json'], { env });
    assert.equal(run.code, 0, run.stderr);
    return { info: JSON.parse(run.stdout) as CodeInfo, trace: run.stderr };
  };
  // The keys of the bundles cached (each bundle is a file per part: index, automaton, texts).
  const bundles = () => [
    ...new Set(
      readdirSync(join(cache, 'knowledge'))
        .filter((f) => f.startsWith('knowledge-'))
        .map((f) => f.split('.')[0]),
    ),
  ];

  assert.match(
    code().trace,
    /knowledge base compiled from .*content .*cached in .*knowledge-[0-9a-f]{32}\.\*$/m,
  );
  const [first] = bundles();
  assert.match(code().trace, /knowledge base from the cache, knowledge-[0-9a-f]{32} \(index;/);
  assert.deepEqual(bundles(), [first]);

  // A changed title is compiled in, and the old bundle is removed.
  const en = join(content, 'articles', XP, 'en.mdx');
  writeFileSync(
    en,
    readFileSync(en, 'utf8').replace(/^title: .*$/m, 'title: A title changed for the cache check'),
  );
  const changed = code();
  assert.match(changed.trace, /knowledge base compiled from/);
  assert.equal(changed.info.articles[0]!.title, 'A title changed for the cache check');
  assert.equal(bundles().length, 1);
  assert.notEqual(bundles()[0], first);

  // Any change under content/ counts too: a file that grows, a file added in a nested folder.
  appendFileSync(join(content, 'codes.yaml'), '\n# a comment\n');
  assert.match(code().trace, /knowledge base compiled from/);
  assert.match(code().trace, /knowledge base from the cache/);
  writeFileSync(join(content, 'articles', XP, 'notes.txt'), 'a file of its own\n');
  assert.match(code().trace, /knowledge base compiled from/);
  assert.match(code().trace, /knowledge base from the cache/);

  // A part removed from the cache, or one that is not what it should be, is compiled again, not an error.
  const [key] = bundles();
  rmSync(join(cache, 'knowledge', `${key}.texts.json`));
  const show = runCli(['show', XP], { env });
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /A title changed for the cache check/);
  writeFileSync(join(cache, 'knowledge', `${key}.automaton.bin`), 'not an automaton');
  const diagnosed = runCli(['diagnose', '-', '--json'], {
    env,
    input: 'GetAMTPowerState fail with result:0x80072EE9\n',
  });
  assert.equal(diagnosed.code, 0, diagnosed.stderr);
  assert.match(diagnosed.stderr, /knowledge base compiled from/);
  // The stripped sources are cached beside it, by Node version.
  const js = readdirSync(cache).find((d) => d.startsWith('js-v'));
  assert.ok(js && readdirSync(join(cache, js)).some((f) => f.endsWith('.js')));
});

test('answers the same from the cache as from a fresh compile', () => {
  const cache = mkdtempSync(join(tmpdir(), 'oobkb-cache-check-'));
  const env = { OOBKB_CACHE_DIR: cache };
  // A log line, and a described problem (ranked by the descriptions, a file of their own in the cache).
  for (const input of [
    'GetAMTPowerState fail with result:0x80072EE9\n',
    'The out of band console cannot power on the computer, and the serial over LAN session fails\n',
  ]) {
    const fresh = runCli(['diagnose', '-', '--json'], { input, env });
    const cached = runCli(['diagnose', '-', '--json'], { input, env });
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.ok((JSON.parse(fresh.stdout) as { matches: unknown[] }).matches.length > 0);
    assert.equal(cached.stdout, fresh.stdout);
  }
});

test('a streamed log takes its byte automaton from the cache, and the V8 code cache it leaves fits the next runs', () => {
  const cache = mkdtempSync(join(tmpdir(), 'oobkb-cache-check-'));
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-stream-log-'));
  const log = join(dir, 'amtopmgr.log');
  // Over 1 MB, so that the CLI streams it: filler, then one line of evidence.
  const filler =
    'Auto-worker Thread Wait 10 seconds...  $$<SMS_AMT_OPERATION_MANAGER><08-22-2016 04:15:01.917+420><thread=2868 (0xB34)>\n';
  writeFileSync(
    log,
    `${filler.repeat(Math.ceil((1.2 * 1024 * 1024) / filler.length))}GetAMTPowerState fail with result:0x80072EE9\n`,
  );
  const env = { OOBKB_CACHE_DIR: cache, OOBKB_TRACE: '1' };
  try {
    const first = runCli(['diagnose', log, '--json'], { env });
    const second = runCli(['diagnose', log, '--json'], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.ok((JSON.parse(first.stdout) as { streamed?: unknown }).streamed, 'the log streamed');
    assert.match(first.stderr, /knowledge base compiled from/);
    assert.match(first.stderr, /V8 code cache made/);
    assert.match(second.stderr, /knowledge base from the cache, \S+ \([^)]*streamAutomaton/);
    assert.match(second.stderr, /scanner's tables from the cache/);
    // The stream turns TurboFan's inlining off while it runs; a code cache made with it still off
    // carries other flags, and every later start refused it (and made it again).
    assert.doesNotMatch(second.stderr, /V8 code cache made/);
    assert.equal(second.stdout, first.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});
