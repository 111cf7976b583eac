// The worker's side of the widget: the line index it builds once per text, and the result it sends
// the page (exactly what is drawn, in the page's language, with long lines cut to excerpts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countLines, splitLines } from '../../src/lib/diagnose/parse-lines.ts';
import { LineIndex } from '../../src/lib/diagnose-worker/line-index.ts';
import { MAX_QUOTE_CHARS } from '../../src/lib/diagnose-worker/protocol.ts';
import {
  excerpt,
  logTable,
  pageWords,
  widgetResult,
} from '../../src/lib/diagnose-worker/widget-result.ts';
import { diagnoseText, matcher } from './support/engine.ts';

/** Texts made of the characters that end lines, and a letter. */
const texts = fc.string({ unit: fc.constantFrom('a', '\r', '\n'), maxLength: 60 });

test('the line index counts and returns lines as the parser splits them', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const index = new LineIndex(text);
      const lines = splitLines(text);
      assert.equal(index.count, countLines(text));
      assert.deepEqual(
        Array.from({ length: index.count }, (_, i) => index.line(i + 1)),
        lines,
      );
    }),
  );
});

test('the line index counts the lines of each file within files joined by line breaks', () => {
  fc.assert(
    fc.property(fc.array(texts, { minLength: 1, maxLength: 5 }), (files) => {
      const index = new LineIndex(files.join('\n'));
      let at = 0;
      for (const file of files) {
        assert.equal(index.linesIn(at, at + file.length), countLines(file), JSON.stringify(file));
        at += file.length + 1;
      }
    }),
  );
});

/** The page's view of a diagnosis of `text`, in `lang`. */
function resultOf(text: string, lang: 'ja' | 'en') {
  const diagnosis = diagnoseText(text);
  return widgetResult(
    diagnosis,
    new LineIndex(text),
    [],
    logTable(diagnosis.entries),
    pageWords(matcher.index, lang),
  );
}

test('sends each match as drawn: title in the page language, quoted lines, the count of the rest', () => {
  const result = resultOf('GetAMTPowerState fail with result:0x80072EE9\n'.repeat(50), 'ja');
  const [top] = result.matches;
  assert.equal(top?.slug, 'console-on-xp-sp2-or-server-2003-sp1');
  assert.equal(top.title, matcher.index.articles.find((a) => a.slug === top.slug)?.title.ja);
  assert.deepEqual(Object.keys(top).sort(), [
    'confidence',
    'lines',
    'missing',
    'more',
    'slug',
    'terms',
    'title',
    'via',
  ]);
  assert.deepEqual(
    top.lines.map((l) => l.line),
    [1, 2, 3],
  );
  assert.equal(top.more, 47);
  assert.equal(result.lines, 51);
});

test('says what a possible match lacks in the page language, and names codes in it', () => {
  const result = resultOf('error 0x80004005', 'ja');
  assert.deepEqual(
    result.matches.map((m) => [m.slug, m.confidence]),
    [['another-console-connected', 'possible']],
  );
  assert.match(result.matches[0]?.missing[0] ?? '', /^帯域外管理コンソールの文脈 \(oobconsole、/);
  const [code] = result.codes;
  assert.equal(code?.code, '0x80004005');
  assert.equal(code.message, matcher.index.codes['0x80004005']?.message.ja);
  assert.equal(code.line, 1);
});

test('cuts a 1 MB line to an excerpt around its mark', () => {
  const result = resultOf(
    `${'x'.repeat(1024 * 1024)} GetAMTPowerState fail with result:0x80072EE9`,
    'en',
  );
  const [quote] = result.matches[0]?.lines ?? [];
  assert.ok(quote && quote.text.length <= MAX_QUOTE_CHARS + 2, `${quote?.text.length} characters`);
  assert.ok(quote.text.startsWith('…'));
  const [span] = quote.spans;
  assert.equal(quote.text.slice(span?.start, span?.end), 'GetAMTPowerState fail with result');
});

test('keeps a short line whole and cuts a long one at both ends, marks shifted with it', () => {
  assert.deepEqual(excerpt(7, 'short line', [{ start: 0, end: 5 }]), {
    line: 7,
    text: 'short line',
    spans: [{ start: 0, end: 5 }],
  });
  const long = `${'a'.repeat(1000)}MARK${'b'.repeat(1000)}`;
  const cut = excerpt(1, long, [{ start: 1000, end: 1004 }]);
  assert.equal(cut.text.length, MAX_QUOTE_CHARS + 2);
  assert.ok(cut.text.startsWith('…') && cut.text.endsWith('…'));
  assert.equal(cut.text.slice(cut.spans[0]!.start, cut.spans[0]!.end), 'MARK');
  assert.equal(
    excerpt(1, long, []).text.slice(0, 3),
    'aaa',
    'a line without marks is cut after its start',
  );
});
