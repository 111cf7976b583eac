// A streamed diagnosis (stream-diagnose.ts) must give what diagnose() gives on the whole text:
// the same articles, confidences, scores, evidence lines and occurrence counts, whatever the
// pieces the bytes arrive in, in WebAssembly and in JavaScript, and across many rounds.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildByteAutomaton } from '../../src/lib/diagnose/byte-automaton.ts';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import { countLines } from '../../src/lib/diagnose/parse-lines.ts';
import { createStreamMatcher } from '../../src/lib/diagnose/stream-matcher.ts';
import { realSignatureLines } from '../../scripts/bench/real-lines.ts';
import { writeSyntheticLog } from '../../scripts/bench/synth-log.ts';
import { diagnoseText, matcher } from './support/engine.ts';
import { streamFiles, verdicts } from './support/stream.ts';

const DIR = 'checks/fixtures/logs';
const fixtures = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'));

function whole(files: readonly { name: string; bytes: Uint8Array }[]) {
  const texts = files.map((f) => decodeLogBytes(f.bytes).text);
  const starts: number[] = [];
  let line = 1;
  for (const text of texts) {
    starts.push(line);
    line += text.split(/\r\n|\r|\n/).length;
  }
  return diagnoseText(texts.join('\n'), {
    fileNames: files.map((f) => f.name),
    fileStarts: starts,
  });
}

for (const file of fixtures) {
  test(`streams ${file} to the same verdicts and codes, WebAssembly and JavaScript, pushed and read in place, in odd pieces`, () => {
    const files = [{ name: file, bytes: new Uint8Array(readFileSync(join(DIR, file))) }];
    const expected = whole(files);
    // Described problems (bare prose) are never streamed: only their signature verdicts compare.
    const bySignature = expected.matches.filter((m) => m.via === 'signature');
    // Codes are read from the bytes (by line, not by entry): the same whatever the way in.
    const codes = streamFiles(files, { useWasm: false }).codes;
    for (const useWasm of [true, false])
      for (const direct of [false, true]) {
        const streamed = streamFiles(files, { useWasm, direct, piece: 7, roundBytes: 4096 });
        assert.deepEqual(verdicts(streamed), verdicts({ ...expected, matches: bySignature }));
        assert.deepEqual(streamed.codes, codes);
        assert.equal(streamed.stream?.lines, countLines(decodeLogBytes(files[0]!.bytes).text));
      }
  });
}

test('several fixture files streamed together agree with the joined text, each judged by its own name', () => {
  const files = ['another-console-oobconsole.log', 'xp-sp2-sms-trace.log', 'ipv6-statmsg.log'].map(
    (name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }),
  );
  const expected = whole(files);
  assert.ok(expected.matches.length >= 2);
  assert.deepEqual(verdicts(streamFiles(files, { roundBytes: 8192 })), verdicts(expected));
});

test('a UTF-8 BOM is dropped, whether the bytes are pushed or read in place', () => {
  const name = 'another-console-oobconsole.log';
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  const plain = streamFiles([{ name, bytes }]);
  for (const direct of [false, true])
    for (const piece of [2, 5000, 1 << 20]) {
      const streamed = streamFiles([{ name, bytes: withBom }], { direct, piece });
      assert.deepEqual(verdicts(streamed), verdicts(plain));
      assert.deepEqual(streamed.codes, plain.codes);
      assert.equal(streamed.stream?.bytes, plain.stream?.bytes);
    }
});

test('a 3 MB synthetic log of every format with every sample and near miss: same verdicts and codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oobkb-stream-'));
  try {
    const path = join(dir, 'amtopmgr.log');
    writeSyntheticLog(path, {
      bytes: 3 * 1024 * 1024,
      seed: 7,
      realLines: realSignatureLines('content'),
      realRate: 1 / 40,
      patterns: [],
      patternRate: 0,
    });
    const files = [{ name: path, bytes: new Uint8Array(readFileSync(path)) }];
    const expected = whole(files);
    assert.ok(expected.matches.length >= 5, 'the log holds several articles');
    for (const [roundBytes, direct] of [
      [64 * 1024, false],
      [1024 * 1024, false],
      [1024 * 1024, true],
    ] as const) {
      const streamed = streamFiles(files, { roundBytes, direct, piece: 100_003 });
      assert.deepEqual(verdicts(streamed), verdicts(expected));
      // Codes written 0x… are read from the bytes: the same list, counts and first lines.
      const hex = (d: typeof expected) =>
        d.codes.map((c) => `${c.code} ×${c.count} @${c.firstLine}`).sort();
      assert.deepEqual(hex(streamed), hex(expected));
      assert.ok(
        streamed.stream!.parsedEntries < expected.entries.length / 5,
        'most lines were only counted',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a byte automaton from a cache is used only when it was built for the same patterns', () => {
  const built = createStreamMatcher(matcher);
  assert.equal(createStreamMatcher(matcher, built.bytes).bytes, built.bytes, 'the same: taken');
  const other = buildByteAutomaton(['getamtpowerstate fail', '0x']);
  const rebuilt = createStreamMatcher(matcher, other).bytes;
  assert.notEqual(rebuilt, other, 'other patterns: built again');
  assert.deepEqual(rebuilt.patterns, built.bytes.patterns);
  assert.deepEqual([...rebuilt.delta], [...built.bytes.delta]);
});

test('a hit line whose record goes on past the end of a round is parsed once the rest is read', () => {
  const filler =
    '<![LOG[Worker thread pool: 9 active, 0 idle]LOG]!><time="03:00:00.300+480" date="11-19-2009" component="SMS_AMT_OPERATION_MANAGER" context="" type="1" thread="3120" file="">\n';
  // A record over two lines, its second line longer than most of a round: a round often ends
  // right after the first, the line with the message.
  const record =
    '<![LOG[Error:cannot put change to AMT_RedirectionService instance.\n' +
    `${'continued '.repeat(300)}]LOG]!><time="03:00:01.000+480" date="11-19-2009" component="SMS_AMT_OPERATION_MANAGER" context="" type="3" thread="3120" file="">\n`;
  const encoder = new TextEncoder();
  // Pads that move the record across the rounds (without waiting for the line after, some fail).
  for (let pad = 0; pad < 4096; pad += 331) {
    const text = `${'x'.repeat(pad)}\n${filler.repeat(60)}${record}${filler.repeat(40)}`;
    const files = [{ name: 'amtopmgr.log', bytes: encoder.encode(text) }];
    const expected = whole(files);
    const streamed = streamFiles(files, { roundBytes: 4096, direct: true, piece: 4096 });
    assert.deepEqual(verdicts(streamed), verdicts(expected));
    assert.equal(expected.matches.length, 1);
    // The record as the whole text reads it: both lines, a CMTrace record.
    const hitLine = 62;
    const entryAt = (d: typeof expected) => {
      const entry = d.entries.find((e) => e.lineStart === hitLine);
      return (
        entry && {
          lines: `${entry.lineStart}-${entry.lineEnd}`,
          format: entry.format,
          message: entry.message,
        }
      );
    };
    assert.deepEqual(entryAt(streamed), entryAt(expected), `pad ${pad}`);
    assert.equal(entryAt(expected)?.lines, '62-63');
  }
});
