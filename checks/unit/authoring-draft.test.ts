// A draft made from a log that no article matches: the log inferred from the entries' component,
// the codes found, the error lines as samples, other articles' samples as near misses; added to a
// copy of the knowledge base with its placeholders written, it diagnoses its own samples to its
// slug, its near misses do not, and every other article keeps its own samples.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { draftArticle } from '../../src/lib/authoring/draft.ts';
import { draftOf } from '../../src/lib/diagnose-worker/draft-result.ts';
import { LineIndex } from '../../src/lib/diagnose-worker/line-index.ts';
import { messageLiteral } from '../../src/lib/authoring/message-literal.ts';
import {
  formatProblems,
  linkTitleProblems,
  parityProblems,
  referenceProblems,
} from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { compileInputOf } from '../../src/lib/content/load-index-fs.ts';
import { compileIndex } from '../../src/lib/diagnose/compile.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import type { ArticleFacts } from '../../src/schemas/article.ts';
import { matcher } from './support/engine.ts';
import { runCli } from './support/cli.ts';
import { fillPlaceholders } from './support/fill-placeholders.ts';

const LOG = 'checks/fixtures/authoring/no-match-amtopmgr.log';
const OOBCONSOLE = 'checks/fixtures/authoring/Oobconsole.log';
const SLUG = 'amt-tls-handshake-fails';
const text = readFileSync(LOG, 'utf8');

test('the fixture logs match no article', () => {
  assert.equal(diagnose(matcher, text, { fileNames: [LOG] }).notice, 'no-match');
  const other = diagnose(matcher, readFileSync(OOBCONSOLE, 'utf8'), { fileNames: [OOBCONSOLE] });
  assert.equal(other.notice, 'no-match');
});

test('a draft makes one signature per kind of error line, and infers the log from the file name', () => {
  const oobconsole = readFileSync(OOBCONSOLE, 'utf8');
  const files = draftArticle({ text: oobconsole, fileNames: [OOBCONSOLE], matcher });
  const facts = parseYaml(files['facts.yaml']) as ArticleFacts;
  assert.deepEqual(facts.logs, ['oobconsole.log']);
  assert.deepEqual(
    facts.signatures.map((s) => [s.log, s.code, s.samples.length]),
    [
      ['oobconsole.log', '0x80072EFD', 2],
      ['oobconsole.log', undefined, 1],
    ],
  );
  // Without the file's name, nothing tells the log: it is a placeholder.
  const unnamed = draftArticle({ text: oobconsole, matcher });
  assert.match(
    unnamed['facts.yaml'],
    /^ {4}log: "TODO\(oobkb\): a log id from content\/logs\.yaml"$/m,
  );
});

test("a draft lists the log, the codes and the error lines, with other articles' samples as near misses", () => {
  const files = draftArticle({ text, fileNames: [LOG], matcher });
  const facts = parseYaml(files['facts.yaml']) as ArticleFacts;
  assert.deepEqual(facts.logs, ['amtopmgr.log']);
  assert.deepEqual(facts.codes, ['0x80090308']);
  const [signature, ...others] = facts.signatures;
  assert.equal(others.length, 0, 'the two identical error lines make one signature');
  assert.equal(signature!.log, 'amtopmgr.log');
  assert.equal(signature!.code, '0x80090308');
  assert.equal(signature!.component, 'SMS_AMT_OPERATION_MANAGER');
  assert.deepEqual(
    signature!.message?.map((m) => m.text),
    ['returned by InitializeSecurityContext during follow up TLS handshaking with server.'],
  );
  assert.deepEqual(signature!.samples, [text.split('\n')[1]!, text.split('\n')[3]!]);
  const otherSamples = new Set(matcher.index.signatures.map((s) => s.sample));
  assert.ok(signature!.nearMisses.length > 0);
  for (const line of signature!.nearMisses)
    assert.ok(otherSamples.has(line), `near miss from another article: ${line}`);
  // The two texts quote the same lines in the same fence, so their code literals agree.
  assert.match(files['en.mdx'], /```cmlog\nError 0x80090308 returned by InitializeSecurityContext/);
  assert.equal(files['ja.mdx'].split('```')[1], files['en.mdx'].split('```')[1]);
});

/** No-match logs and the slug of the article drafted from each, one per row. */
const roundTrips: [log: string, slug: string, why: string][] = [
  [LOG, SLUG, 'SMS trace lines whose component names the log'],
  [OOBCONSOLE, 'amt-version-unreadable', 'CMTrace records of two kinds, the log named by the file'],
  [
    'checks/fixtures/authoring/status-viewer-7203.txt',
    'amt-provisioning-status-7203',
    'Status Message Viewer rows: the status message ID and the component',
  ],
];

for (const [log, slug, why] of roundTrips)
  test(`a draft added to a copy of the knowledge base, its placeholders written, diagnoses its own samples to its slug (${why})`, () => {
    const whole = readFileSync(log, 'utf8');
    assert.equal(diagnose(matcher, whole, { fileNames: [log] }).notice, 'no-match');
    const content = mkdtempSync(join(tmpdir(), 'oobkb-draft-'));
    cpSync('content', content, { recursive: true });
    const made = runCli(['draft', log, '--slug', slug], { env: { OOBKB_CONTENT: content } });
    assert.equal(made.code, 0, made.stderr);
    const folder = join(content, 'articles', slug);
    // Unwritten, the draft is refused, and only for its placeholders.
    const before = loadKnowledgeBase(content).problems;
    assert.ok(before.length > 0);
    for (const p of before)
      assert.ok(
        p.file.includes(slug) && p.message.includes('TODO(oobkb)'),
        `${p.file}: ${p.field}: ${p.message}`,
      );
    for (const name of readdirSync(folder))
      writeFileSync(join(folder, name), fillPlaceholders(readFileSync(join(folder, name), 'utf8')));
    const kb = loadKnowledgeBase(content);
    assert.equal(
      formatProblems([
        ...kb.problems,
        ...referenceProblems(kb),
        ...parityProblems(kb),
        ...linkTitleProblems(kb),
      ]),
      '',
    );
    const withDraft = createMatcher(compileIndex(compileInputOf(kb)));
    const article = kb.articles.find((a) => a.slug === slug)!;
    assert.ok(article.facts.signatures.length > 0);
    for (const signature of article.facts.signatures) {
      for (const sample of signature.samples) {
        const [top] = diagnose(withDraft, sample).matches;
        assert.equal(top?.slug, slug, sample);
        assert.equal(top?.confidence, 'strong', sample);
      }
      for (const line of signature.nearMisses) {
        const own = diagnose(withDraft, line).matches.find((m) => m.slug === slug);
        assert.notEqual(own?.confidence, 'strong', `near miss: ${line}`);
      }
    }
    // The whole log now finds the new article; every other article keeps its own samples.
    assert.equal(diagnose(withDraft, whole, { fileNames: [log] }).matches[0]?.slug, slug);
    for (const other of kb.articles.filter((a) => a.slug !== slug))
      for (const signature of other.facts.signatures)
        for (const sample of signature.samples)
          assert.equal(diagnose(withDraft, sample).matches[0]?.slug, other.slug, sample);
  });

test("the widget's worker drafts the same files as the CLI, and only for a log that matches nothing", () => {
  const workerDraft = (log: string, fileNames: string[] = []) =>
    draftOf(diagnose(matcher, log, { fileNames }), matcher, new LineIndex(log), fileNames).draft;
  assert.deepEqual(workerDraft(text, [LOG]), draftArticle({ text, fileNames: [LOG], matcher }));
  assert.equal(workerDraft('GetAMTPowerState fail with result:0x80072EE9'), undefined);
  assert.equal(workerDraft('the printer on the third floor jams every morning'), undefined);
  assert.equal(workerDraft('   \n'), undefined);
});

test('draft refuses to write over an existing article', () => {
  const { code, stderr } = runCli(['draft', LOG, '--slug', 'ipv6-slow-response']);
  assert.equal(code, 2);
  assert.match(stderr, /already exists/);
});

/** Messages and the literal a signature takes from them, one per row. */
const literals: [message: string, literal: string | undefined, why: string][] = [
  [
    'GetAMTPowerState fail with result:0x80072EE9',
    'GetAMTPowerState fail with',
    'the code word is left out',
  ],
  [
    'Error 0x80090308 returned by InitializeSecurityContext during follow up TLS handshaking with server.',
    'returned by InitializeSecurityContext during follow up TLS handshaking with server.',
    'the longest run without digits',
  ],
  ['Discovery of 10.0.0.1 at 11:35:01', 'Discovery of', 'addresses and times are left out'],
  ['Error 0x2 at 5', undefined, 'no run is long enough'],
  [
    'first line of a record\nand its much longer second line',
    'and its much longer second line',
    'a run never spans a line break',
  ],
];
for (const [message, literal, why] of literals)
  test(`the literal of ${JSON.stringify(message.slice(0, 40))} is ${JSON.stringify(literal)} (${why})`, () => {
    assert.equal(messageLiteral(message), literal);
  });
