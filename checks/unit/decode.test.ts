import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeLogBytes } from '../../src/lib/diagnose/decode.ts';
import type { LogEncoding } from '../../src/lib/diagnose/decode.ts';

const LOG_LINE = 'GetAMTPowerState fail with result:0x80072EE9\r\n';

/** UTF-16 bytes of a string, little- or big-endian. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Bytes with a prefix (a BOM) in front. */
function withPrefix(prefix: number[], body: Uint8Array): Uint8Array {
  return new Uint8Array([...prefix, ...body]);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// "エラー: 接続に失敗しました 0x80072EE9" in Shift_JIS / CP932 (Japanese Windows ANSI).
const SJIS_BYTES = new Uint8Array([
  0x83,
  0x47,
  0x83,
  0x89,
  0x81,
  0x5b,
  0x3a,
  0x20,
  0x90,
  0xda,
  0x91,
  0xb1,
  0x82,
  0xc9,
  0x8e,
  0xb8,
  0x94,
  0x73,
  0x82,
  0xb5,
  0x82,
  0xdc,
  0x82,
  0xb5,
  0x82,
  0xbd,
  0x20,
  ...utf8('0x80072EE9'),
]);
const SJIS_TEXT = 'エラー: 接続に失敗しました 0x80072EE9';

const cases: {
  name: string;
  bytes: Uint8Array;
  encoding: LogEncoding;
  text?: string;
  binary?: boolean;
}[] = [
  // plain ASCII is valid UTF-8
  { name: 'reads ASCII as UTF-8', bytes: utf8(LOG_LINE), encoding: 'utf-8', text: LOG_LINE },
  // the BOM is dropped from the text
  {
    name: 'strips a UTF-8 BOM',
    bytes: withPrefix([0xef, 0xbb, 0xbf], utf8(LOG_LINE)),
    encoding: 'utf-8',
    text: LOG_LINE,
  },
  {
    name: 'reads UTF-16LE with a BOM',
    bytes: withPrefix([0xff, 0xfe], utf16(LOG_LINE, false)),
    encoding: 'utf-16le',
    text: LOG_LINE,
  },
  {
    name: 'reads UTF-16BE with a BOM',
    bytes: withPrefix([0xfe, 0xff], utf16(LOG_LINE, true)),
    encoding: 'utf-16be',
    text: LOG_LINE,
  },
  // NULs at odd offsets: ASCII written as UTF-16LE without a BOM
  {
    name: 'detects UTF-16LE without a BOM',
    bytes: utf16(LOG_LINE, false),
    encoding: 'utf-16le',
    text: LOG_LINE,
  },
  {
    name: 'detects UTF-16BE without a BOM',
    bytes: utf16(LOG_LINE, true),
    encoding: 'utf-16be',
    text: LOG_LINE,
  },
  { name: 'reads Japanese UTF-8', bytes: utf8(SJIS_TEXT), encoding: 'utf-8', text: SJIS_TEXT },
  {
    name: 'reads Japanese Windows ANSI as Shift_JIS',
    bytes: SJIS_BYTES,
    encoding: 'shift_jis',
    text: SJIS_TEXT,
  },
  // "Größe café €" in Windows-1252: F6 DF would be a user-defined CP932 pair, so not Shift_JIS
  {
    name: 'falls back to Windows-1252 for Western ANSI',
    bytes: new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]),
    encoding: 'windows-1252',
    text: 'Größe café €',
  },
  // "für" has an FC 72 pair that CP932 does not map
  {
    name: 'reads German ANSI with a lead/trail-like pair as Windows-1252',
    bytes: new Uint8Array([...utf8('Pr'), 0xfc, ...utf8('fung f'), 0xfc, ...utf8('r Zertifikat')]),
    encoding: 'windows-1252',
    text: 'Prüfung für Zertifikat',
  },
  {
    name: 'decodes empty input as empty UTF-8 text',
    bytes: new Uint8Array(),
    encoding: 'utf-8',
    text: '',
    binary: false,
  },
  // a zip dropped by mistake
  {
    name: 'flags a zip file as binary',
    bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0x90]),
    encoding: 'windows-1252',
    binary: true,
  },
  {
    name: 'flags an executable as binary',
    bytes: new Uint8Array([
      0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff,
    ]),
    encoding: 'windows-1252',
    binary: true,
  },
];

for (const c of cases) {
  test(c.name, () => {
    const decoded = decodeLogBytes(c.bytes);
    assert.equal(decoded.encoding, c.encoding);
    if (c.text !== undefined) assert.equal(decoded.text, c.text);
    assert.equal(decoded.binary, c.binary ?? false);
  });
}

test('flags random bytes as binary', () => {
  const bytes = new Uint8Array(8192);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  assert.equal(decodeLogBytes(bytes).binary, true);
});

test('does not flag a log with a stray control character as binary', () => {
  assert.equal(decodeLogBytes(utf8(`${LOG_LINE.repeat(20)}\u0007`)).binary, false);
});

test('decodes an odd-length UTF-16LE file without throwing', () => {
  const bytes = withPrefix([0xff, 0xfe], utf16(LOG_LINE, false)).subarray(0, 31);
  assert.equal(decodeLogBytes(bytes).encoding, 'utf-16le');
});
