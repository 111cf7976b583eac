// `oobkb new`: the skeleton fails the content checks, naming each placeholder's file and field,
// and passes them once every placeholder is written (as an author would, from a fixture table).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  formatProblems,
  linkTitleProblems,
  parityProblems,
  referenceProblems,
} from '../../src/lib/content/integrity.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';
import { provenanceProblems } from '../../src/lib/content/sample-provenance.ts';
import { compileInputOf } from '../../src/lib/content/load-index-fs.ts';
import { compileIndex } from '../../src/lib/diagnose/compile.ts';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { createMatcher } from '../../src/lib/diagnose/matcher.ts';
import { runCli } from './support/cli.ts';
import { fillPlaceholders } from './support/fill-placeholders.ts';

const SLUG = 'fixture-redirection-refused';
const FILES = ['facts.yaml', 'ja.mdx', 'en.mdx'];

/** A content folder with the real catalogues and no article. */
function emptyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-new-'));
  mkdirSync(join(dir, 'articles'));
  for (const name of ['logs.yaml', 'codes.yaml'])
    copyFileSync(join('content', name), join(dir, name));
  return dir;
}

const newArticle = (content: string, ...args: string[]) =>
  runCli(['new', ...args], { env: { OOBKB_CONTENT: content } });

/** Every problem the content checks report for a content folder. */
function contentProblems(content: string): string {
  const kb = loadKnowledgeBase(content);
  const provenance = kb.articles.flatMap((a) => {
    const file = join(content, 'articles', a.slug, 'facts.yaml');
    return provenanceProblems(file, readFileSync(file, 'utf8'), () => undefined);
  });
  return formatProblems([
    ...kb.problems,
    ...referenceProblems(kb),
    ...parityProblems(kb),
    ...linkTitleProblems(kb),
    ...provenance,
  ]);
}

test('new writes the three files of the article folder', () => {
  const content = emptyContent();
  const { code, stdout } = newArticle(content, SLUG, '--category', 'redirection');
  assert.equal(code, 0);
  assert.match(stdout, /TODO\(oobkb\)/);
  for (const name of FILES) assert.ok(readFileSync(join(content, 'articles', SLUG, name), 'utf8'));
  assert.match(
    readFileSync(join(content, 'articles', SLUG, 'facts.yaml'), 'utf8'),
    /^category: redirection$/m,
  );
});

test('the skeleton fails the content check, naming each placeholder by file and field', () => {
  const content = emptyContent();
  assert.equal(newArticle(content, SLUG).code, 0);
  const problems = loadKnowledgeBase(content).problems;
  const named = (file: string) =>
    problems
      .filter((p) => p.file.endsWith(join(SLUG, file)) && p.message.includes('TODO(oobkb)'))
      .map((p) => p.field);
  assert.deepEqual(named('facts.yaml'), [
    'category',
    'versions[0]',
    'logs[0]',
    'signatures[0].id',
    'signatures[0].log',
    'signatures[0].message[0].text',
    'signatures[0].samples[0]',
    'signatures[0].nearMisses[0]',
  ]);
  for (const lang of ['ja', 'en'])
    assert.deepEqual(named(`${lang}.mdx`), [
      'title',
      'summary',
      'symptoms[0]',
      'aliases[0]',
      '(body)',
      '(body)',
      '(body)',
    ]);
  // Nothing but the placeholders is reported: the schema's own complaints about them would only repeat them.
  assert.deepEqual(
    problems.filter((p) => !p.message.includes('TODO(oobkb)')),
    [],
  );
  // The body's placeholders name their sections.
  assert.match(
    formatProblems(problems),
    /en\.mdx: \(body\): ## How to confirm: is still a placeholder/,
  );
  assert.match(formatProblems(problems), /ja\.mdx: \(body\): ## 原因: is still a placeholder/);
});

test('the skeleton passes the content checks once every placeholder is written', () => {
  const content = emptyContent();
  assert.equal(newArticle(content, SLUG).code, 0);
  for (const name of FILES) {
    const path = join(content, 'articles', SLUG, name);
    writeFileSync(path, fillPlaceholders(readFileSync(path, 'utf8')));
  }
  assert.equal(contentProblems(content), '');
  // Its signature, once written, diagnoses its sample to the article.
  const kb = loadKnowledgeBase(content);
  const matcher = createMatcher(compileIndex(compileInputOf(kb)));
  const [signature] = kb.articles[0]!.facts.signatures;
  const [top] = diagnose(matcher, signature!.samples[0]!).matches;
  assert.equal(top?.slug, SLUG);
  assert.equal(top?.confidence, 'strong');
});

test('new refuses an existing folder, a bad slug and an unknown category', () => {
  const content = emptyContent();
  assert.equal(newArticle(content, SLUG).code, 0);
  const again = newArticle(content, SLUG);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists/);
  assert.match(newArticle(content, 'Not_A_Slug').stderr, /kebab-case/);
  assert.match(
    newArticle(content, 'other-slug', '--category', 'misc').stderr,
    /--category is one of prerequisites, connection/,
  );
});

test('while an article is half-written, the CLI refuses the knowledge base and lists every placeholder', () => {
  const content = emptyContent();
  assert.equal(newArticle(content, SLUG).code, 0);
  const { code, stderr } = runCli(['diagnose', 'checks/fixtures/authoring/Oobconsole.log'], {
    env: { OOBKB_CONTENT: content },
  });
  assert.equal(code, 2);
  assert.match(stderr, /^oobkb: invalid content:$/m);
  assert.match(stderr, /facts\.yaml: versions\[0\]: is still a placeholder/);
  assert.match(stderr, /en\.mdx: \(body\): ## Resolution: is still a placeholder/);
  assert.doesNotMatch(stderr, /internal error/);
});
