// Wording rules that the review found broken: English symptoms in one voice, and Japanese code
// messages quoted in 「」 only when they are Windows' own words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/lib/content/load-fs.ts';

const kb = loadKnowledgeBase('content');

// Matches a first- or second-person word, e.g. "I" in "when I try to connect", or a symptom with no
// subject, e.g. "Cannot connect to …"
const RE_OTHER_VOICE = /\b(?:I|me|my|we|our|you|your)\b|^Cannot\b/;
// Matches the full stop at the end of a Japanese sentence, e.g. "。" in "オプションが無効です。"
const RE_JA_FULL_STOP = /。$/;

test('English symptoms are written in the third person, with a subject', () => {
  const others = kb.articles.flatMap((a) => (a.texts.en?.frontmatter.symptoms ?? []).filter((s) => RE_OTHER_VOICE.test(s)).map((s) => `${a.slug}: ${s}`));
  assert.deepEqual(others, []);
});

test('a Japanese code message that no source shows Windows writing is never quoted in 「」 as if Windows wrote it', () => {
  const translations = kb.codes.flatMap((c) => (c.translation ? [{ code: c.id, text: c.translation.ja.replace(RE_JA_FULL_STOP, '') }] : []));
  assert.ok(translations.some((t) => t.code === '0x80072EE9'), '0x80072EE9 has only a translation');
  const quoted = kb.articles.flatMap((a) => translations.filter((t) => a.texts.ja?.body.includes(`「${t.text}`)).map((t) => `${a.slug}: 「${t.text}」 (${t.code})`));
  assert.deepEqual(quoted, []);
});

test("an article that quotes Windows' Japanese message of a code quotes the catalogue's words exactly", () => {
  for (const code of kb.codes.filter((c) => c.message.ja)) {
    for (const article of kb.articles.filter((a) => a.facts.codes.includes(code.id))) {
      const body = article.texts.ja?.body ?? '';
      if (body.includes('日本語版 Windows のメッセージ')) assert.ok(body.includes(`「${code.message.ja}」`), `${article.slug} quotes ${code.id} as 「${code.message.ja}」`);
    }
  }
});
