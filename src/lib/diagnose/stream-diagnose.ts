// SHIPS TO THE BROWSER. Diagnoses logs too large to hold as text: the bytes stream through the
// byte automaton (byte-scanner.ts) in rounds; only lines with a hit are decoded and parsed, with
// the lines around them, and every other line is only counted. Memory stays that of one round,
// whatever the size of the input. The verdicts come from the same code as diagnose(): the
// windows' entries go through evaluateEntries and rankBySignatures.
//
// What differs from diagnose() on the whole text, by design:
// - codes: every code written 0x… is counted (read from the bytes); codes written as eight bare
//   hex digits or a negative decimal are listed when a signature names them or they stand in a
//   parsed entry;
// - `entries` holds the parsed entries only, and a streamed text is never read as a described
//   problem (a description is a few lines, not megabytes);
// - a record longer than WIDE_LINES lines on either side of a hit is cut to them.
import { sniffStreamEncoding, type LogEncoding } from './decode.ts';
import { byScore, fileLogOf, type Diagnosis } from './diagnose.ts';
import { ByteScanner } from './byte-scanner.ts';
import { evaluateEntries, type SignatureResult } from './evaluate.ts';
import { describeCode, type FoundCode } from './found-codes.ts';
import { parseLog } from './parse.ts';
import { splitLines } from './parse-lines.ts';
import { rankBySignatures } from './rank.ts';
import { scanText, type MessageHit } from './scan-text.ts';
import { hexCodeAt } from './stream-codes.ts';
import type { StreamMatcher } from './stream-matcher.ts';
import type { LogEntry } from './types.ts';

/** Inputs of at least this many bytes are streamed; smaller ones are read whole (every entry parsed). */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024;
/** Bytes scanned per round. */
const ROUND_BYTES = 4 * 1024 * 1024;
/** Bytes of earlier rounds kept for the lines before a hit. */
const RETAIN_BYTES = 256 * 1024;
/** Lines parsed on each side of a line with a hit. */
const LINES_AROUND = 1;
/** Lines parsed on each side when a record reaches a window's edge. */
const WIDE_LINES = 64;
/** A file's lines with hits that get parsed; beyond this it is only counted (as scan-text.ts caps hits). */
const MAX_HIT_LINES = 10_000;
/** Bytes looked at to choose the encoding. */
const SNIFF_BYTES = 64 * 1024;

const LF = 10;
const CR = 13;

/** A line with a hit whose window is not parsed yet: its number and where it starts in the stream. */
interface HitLine {
  line: number;
  at: number;
}

/** Bytes to parse around lines with hits: data[start, end), whose first line is `firstLine`. */
interface Window {
  start: number;
  end: number;
  firstLine: number;
  lines: number[];
  lineStart: number;
  scanEnd: number;
}

/** Whether an entry holding a hit may be part of a longer record: it touches the window's edge, or is a bare line. */
function touchesEdge(
  entries: readonly LogEntry[],
  wanted: ReadonlySet<number>,
  shift: number,
  lineCount: number,
  window: Window,
): boolean {
  return entries.some((entry) => {
    let holdsHit = false;
    for (let line = entry.lineStart; line <= entry.lineEnd && !holdsHit; line++)
      holdsHit = wanted.has(line + shift);
    const atStart = entry.lineStart === 1 && window.start > 0;
    const atEnd = entry.lineEnd >= lineCount - 1 && window.end < window.scanEnd;
    // A bare line in a log of records may be a record's continuation: its start is further back.
    const bare = entry.format === 'bare' && window.start > 0;
    return holdsHit && (atStart || atEnd || bare);
  });
}

/** What one file contributed. */
interface FileResult {
  name: string;
  entries: LogEntry[];
  hits: MessageHit[];
}

/** A log file being streamed into a StreamDiagnosis. */
export class LogStream {
  /** Set when the first bytes show a binary file; the rest is then ignored. */
  binary = false;
  encoding: LogEncoding | undefined;
  private sniffed: Uint8Array[] = [];
  private sniffedBytes = 0;
  private decoder: TextDecoder | undefined;
  private readonly encoder = new TextEncoder();
  /** data[0, keep): bytes scanned in earlier rounds; data[keep, fill): not scanned yet. */
  private keep = 0;
  private fill = 0;
  /** Stream offset and line of data[0] (data[0] always starts a line). */
  private offsetOf0 = 0;
  private lineOf0: number;
  private pending: HitLine[] = [];
  private hitLines = 0;
  private readonly entryKeys = new Set<string>();
  private readonly result: FileResult;
  private ended = false;

  private readonly session: StreamDiagnosis;

  constructor(session: StreamDiagnosis, name: string, firstLine: number) {
    this.session = session;
    this.lineOf0 = firstLine;
    this.result = { name, entries: [], hits: [] };
  }

  /** The lines this file has, once ended. */
  lines = 0;

  /** Adds bytes as they are read (any encoding; chosen on the first 64 KB). */
  push(bytes: Uint8Array): void {
    if (this.ended || this.binary || !bytes.length) return;
    if (this.encoding === undefined) {
      this.sniffed.push(bytes.slice());
      this.sniffedBytes += bytes.length;
      if (this.sniffedBytes >= SNIFF_BYTES) this.decide();
      return;
    }
    this.append(bytes);
  }

  /** Ends the file: scans what is left and parses the last windows. */
  end(): void {
    if (this.ended) return;
    if (this.encoding === undefined) this.decide();
    if (this.decoder && !this.binary) this.appendText(this.decoder.decode());
    if (!this.binary) this.round(true);
    this.ended = true;
    this.session.fileEnded(this, this.result);
  }

  private decide(): void {
    const prefix = new Uint8Array(this.sniffedBytes);
    let at = 0;
    for (const part of this.sniffed) {
      prefix.set(part, at);
      at += part.length;
    }
    this.sniffed = [];
    const { encoding, bom, binary } = sniffStreamEncoding(prefix);
    this.encoding = encoding;
    this.binary = binary;
    if (binary) return;
    if (encoding !== 'utf-8') this.decoder = new TextDecoder(encoding);
    this.append(prefix.subarray(bom));
  }

  private append(bytes: Uint8Array): void {
    if (this.decoder) {
      // Converted to UTF-8 a piece at a time: a piece never grows past three bytes a unit.
      const piece = 1024 * 1024;
      for (let i = 0; i < bytes.length; i += piece)
        this.appendText(this.decoder.decode(bytes.subarray(i, i + piece), { stream: true }));
      return;
    }
    const data = this.session.scanner.data;
    for (let i = 0; i < bytes.length;) {
      const room = this.session.scanner.capacity - this.fill;
      const n = Math.min(room, bytes.length - i);
      data.set(bytes.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === this.session.scanner.capacity) this.round(false);
    }
  }

  private appendText(text: string): void {
    const data = this.session.scanner.data;
    let rest = text;
    while (rest.length) {
      const room = this.session.scanner.capacity - this.fill;
      const { read, written } = this.encoder.encodeInto(
        rest,
        data.subarray(this.fill, this.fill + room),
      );
      this.fill += written;
      rest = rest.slice(read);
      if (rest.length || this.fill === this.session.scanner.capacity) this.round(false);
    }
  }

  /** The stream line of data[i]: lines started at positions 1..i, after lineOf0. */
  private lineAt(i: number): number {
    return this.lineOf0 + this.session.scanner.lineStarts(1, i + 1);
  }

  /** Scans data[keep, end of the last whole line), handles its hits, parses the windows that are complete. */
  private round(final: boolean): void {
    const scanner = this.session.scanner;
    const data = scanner.data;
    let scanEnd = this.fill;
    if (!final) {
      const lastBreak = data.subarray(this.keep, this.fill).lastIndexOf(LF);
      if (lastBreak >= 0) scanEnd = this.keep + lastBreak + 1;
    }
    data[this.fill] = 0; // the line counter reads one byte past a final CR
    this.handleHits(this.keep, scanEnd);
    this.parseWindows(scanEnd, final);
    if (final) {
      this.lines = this.lineAt(this.fill) - this.session.firstLineOf(this) + 1;
      this.session.bytes += this.offsetOf0 + this.fill;
      return;
    }
    // Keep the tail of what was scanned (from a line start) for the lines before later hits, and
    // the lines of hits still waiting for the lines after them; never more than `retain` bytes, so
    // a full buffer always frees room.
    const retain = this.session.retainBytes;
    const floor = Math.max(0, scanEnd - retain);
    const firstPending = this.pending[0];
    let from = firstPending ? Math.max(floor, firstPending.at - this.offsetOf0) : floor;
    const lineStart = this.lineStartBefore(from, floor);
    // A line longer than what is kept keeps only its tail.
    from = lineStart > floor || lineStart === 0 ? lineStart : from;
    this.lineOf0 = this.lineAt(from);
    data.copyWithin(0, from, this.fill);
    this.offsetOf0 += from;
    this.keep = scanEnd - from;
    this.fill -= from;
  }

  /** The start of the line holding data[i]. */
  private lineStartBefore(i: number, limit = 0): number {
    const data = this.session.scanner.data;
    let p = i;
    while (p > limit && data[p - 1] !== LF && data[p - 1] !== CR) p--;
    return p;
  }

  private handleHits(from: number, to: number): void {
    const { matcher, ownPatterns, triggers } = this.session.streamMatcher;
    const scanner = this.session.scanner;
    const data = scanner.data;
    let cursor = 1;
    let cursorLine = this.lineAt(0);
    let lastLine = -1;
    const lineOf = (i: number): number => {
      cursorLine += scanner.lineStarts(cursor, i + 1);
      cursor = i + 1;
      return cursorLine;
    };
    const markLine = (line: number, i: number): void => {
      if (line === lastLine || this.hitLines >= MAX_HIT_LINES) return;
      lastLine = line;
      this.hitLines++;
      this.pending.push({ line, at: this.offsetOf0 + this.lineStartBefore(i) });
    };
    scanner.scan(from, to, 0, (id, end) => {
      if (id < ownPatterns) {
        for (const { signature, role } of matcher.roles[id]!) {
          if (role === 'context') this.session.contextFound.add(signature);
          else markLine(lineOf(end - 1), end - 1);
        }
        return;
      }
      const at = end - 2;
      if (triggers[id - ownPatterns] === 'line') return markLine(lineOf(end - 1), end - 1);
      const value = hexCodeAt(data, at, 0);
      if (value === undefined) return;
      const line = lineOf(at);
      this.session.countCode(value, line);
      if (matcher.byCode.has(value)) markLine(line, at);
    });
  }

  /** The start of the line before the one starting at data[start] (start > 0). */
  private previousLineStart(start: number): number {
    const data = this.session.scanner.data;
    const crlf = data[start - 1] === LF && start >= 2 && data[start - 2] === CR;
    return this.lineStartBefore(start - (crlf ? 2 : 1));
  }

  /**
   * The bytes of `before` lines, the line at lineStart and `after` lines (fewer at the data's
   * edges), and whether the lines after are all there.
   */
  private around(lineStart: number, before: number, after: number, scanEnd: number) {
    const data = this.session.scanner.data;
    let end = lineStart;
    let breaks = 0;
    while (end < scanEnd && breaks <= after) {
      const b = data[end++];
      if (b === LF || (b === CR && data[end] !== LF)) breaks++;
    }
    let start = lineStart;
    let back = 0;
    while (start > 0 && back < before) {
      start = this.previousLineStart(start);
      back++;
    }
    return { start, end, back, complete: breaks > after };
  }

  /** Parses the windows of pending hit lines whose following lines are all here (or the file ended). */
  private parseWindows(scanEnd: number, final: boolean): void {
    const ready: Window[] = [];
    const waiting: HitLine[] = [];
    for (const hit of this.pending) {
      const lineStart = Math.max(0, hit.at - this.offsetOf0);
      const near = this.around(lineStart, LINES_AROUND, LINES_AROUND, scanEnd);
      if (!near.complete && !final) {
        waiting.push(hit);
        continue;
      }
      const last = ready[ready.length - 1];
      if (last && near.start <= last.end) {
        last.end = Math.max(last.end, near.end);
        last.lines.push(hit.line);
      } else
        ready.push({
          start: near.start,
          end: near.end,
          firstLine: hit.line - near.back,
          lines: [hit.line],
          lineStart,
          scanEnd,
        });
    }
    this.pending = waiting;
    for (const window of ready) this.parseWindow(window);
  }

  /**
   * Parses a window and keeps the entries that hold a hit line. When such an entry touches the
   * window's first or last line, the record may go on beyond it: the window is parsed again with
   * WIDE_LINES on each side (as far as the data goes).
   */
  private parseWindow(window: Window, widened = false): void {
    const data = this.session.scanner.data;
    const text = this.session.utf8.decode(data.subarray(window.start, window.end));
    const shift = window.firstLine - 1;
    const wanted = new Set(window.lines);
    const matcher = this.session.streamMatcher.matcher;
    const textLines = splitLines(text);
    const entries = parseLog(text);
    if (!widened && touchesEdge(entries, wanted, shift, textLines.length, window)) {
      const first = this.around(window.start, WIDE_LINES, 0, window.scanEnd);
      const last = this.around(
        this.lineStartBefore(Math.max(window.start, window.end - 1)),
        0,
        WIDE_LINES,
        window.scanEnd,
      );
      return this.parseWindow(
        {
          ...window,
          start: first.start,
          end: Math.max(window.end, last.end),
          firstLine: window.firstLine - first.back,
        },
        true,
      );
    }
    for (const entry of entries) {
      let holdsHit = false;
      for (let line = entry.lineStart; line <= entry.lineEnd && !holdsHit; line++)
        holdsHit = wanted.has(line + shift);
      if (!holdsHit) continue;
      const shifted = {
        ...entry,
        lineStart: entry.lineStart + shift,
        lineEnd: entry.lineEnd + shift,
      };
      const key = `${shifted.lineStart}:${shifted.lineEnd}:${shifted.message.length}`;
      if (this.entryKeys.has(key)) continue;
      this.entryKeys.add(key);
      this.result.entries.push(shifted);
      for (let line = entry.lineStart; line <= entry.lineEnd; line++)
        this.session.lineTexts.set(line + shift, textLines[line - 1] ?? '');
    }
    for (const hit of scanText(matcher, text).messageHits)
      this.result.hits.push({ ...hit, line: hit.line + shift });
  }
}

/** For the checks: the JavaScript scan instead of WebAssembly, smaller rounds. */
export interface StreamOptions {
  useWasm?: boolean;
  roundBytes?: number;
}

/** Several files diagnosed together as one joined text would be (line numbers run on). */
export class StreamDiagnosis {
  readonly scanner: ByteScanner;
  readonly utf8 = new TextDecoder('utf-8');
  readonly contextFound = new Set<number>();
  /** The text of every line of a parsed entry, for showing evidence. */
  readonly lineTexts = new Map<number, string>();
  bytes = 0;
  private nextLine = 1;
  private readonly firstLines = new Map<LogStream, number>();
  private readonly files: FileResult[] = [];
  private readonly codes = new Map<number, { count: number; firstLine: number }>();
  private open: LogStream | undefined;

  readonly streamMatcher: StreamMatcher;
  /** Bytes of earlier rounds a file keeps at most. */
  readonly retainBytes: number;

  constructor(streamMatcher: StreamMatcher, options: StreamOptions = {}) {
    this.streamMatcher = streamMatcher;
    const round = options.roundBytes ?? ROUND_BYTES;
    this.retainBytes = Math.min(RETAIN_BYTES, round);
    this.scanner = new ByteScanner(streamMatcher.bytes, this.retainBytes + round, options.useWasm);
  }

  /** Starts the next file; the previous one must have ended. */
  file(name: string): LogStream {
    if (this.open) throw new Error('stream-diagnose: end the previous file first');
    const stream = new LogStream(this, name, this.nextLine);
    this.firstLines.set(stream, this.nextLine);
    this.open = stream;
    for (const signature of contextInName(this.streamMatcher, name))
      this.contextFound.add(signature);
    return stream;
  }

  firstLineOf(stream: LogStream): number {
    return this.firstLines.get(stream) ?? 1;
  }

  fileEnded(stream: LogStream, result: FileResult): void {
    this.open = undefined;
    this.nextLine += stream.binary ? 0 : stream.lines;
    if (!stream.binary) this.files.push(result);
  }

  countCode(value: number, line: number): void {
    const found = this.codes.get(value);
    if (found) found.count++;
    else this.codes.set(value, { count: 1, firstLine: line });
  }

  /** The diagnosis of every file streamed so far. */
  finish(): Diagnosis {
    const { matcher } = this.streamMatcher;
    const results: SignatureResult[] = [];
    const entries: LogEntry[] = [];
    for (const file of this.files) {
      const byLine = (a: LogEntry, b: LogEntry) =>
        a.lineStart - b.lineStart || a.lineEnd - b.lineEnd;
      file.entries.sort(byLine);
      const hits = dedupeHits(file.hits);
      const scan = { messageHits: hits, contextFound: this.contextFound, lineStarts: [] };
      results.push(
        ...evaluateEntries(matcher, file.entries, scan, fileLogOf(matcher, [file.name])),
      );
      entries.push(...file.entries);
    }
    const matches = rankBySignatures(matcher, results).sort(byScore);
    const lines = this.nextLine - 1;
    const diagnosis: Diagnosis = {
      matches,
      entries,
      codes: this.foundCodes(entries),
      stream: { bytes: this.bytes, lines, parsedEntries: entries.length },
    };
    if (!matches.length) diagnosis.notice = this.bytes ? 'no-match' : 'empty';
    return diagnosis;
  }

  /** Codes read from the bytes (0x…), with the other spellings the parsed entries hold. */
  private foundCodes(entries: readonly LogEntry[]): FoundCode[] {
    const codes = new Map(this.codes);
    for (const entry of entries) {
      for (const mention of entry.codes) {
        if (entry.message.slice(mention.start, mention.start + 2).toLowerCase() === '0x') continue;
        const found = codes.get(mention.value);
        if (found) found.count++;
        else codes.set(mention.value, { count: 1, firstLine: entry.lineStart });
      }
    }
    const index = this.streamMatcher.matcher.index;
    return [...codes]
      .map(([value, { count, firstLine }]) => describeCode(index, value, count, firstLine))
      .sort((a, b) => a.firstLine - b.firstLine);
  }
}

/** Hits of overlapping windows, once each, in line order. */
function dedupeHits(hits: MessageHit[]): MessageHit[] {
  const seen = new Set<string>();
  const once = hits.filter((h) => {
    const key = `${h.signature}:${h.line}:${h.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return once.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Signatures whose context words a file name holds (as scanText reads file names). */
function contextInName(streamMatcher: StreamMatcher, name: string): number[] {
  const found: number[] = [];
  const { matcher } = streamMatcher;
  const scan = scanText(matcher, '', [name]);
  for (const signature of scan.contextFound) found.push(signature);
  return found;
}

/** Whether bytes this large are streamed. */
export const shouldStream = (bytes: number): boolean => bytes >= STREAM_FROM_BYTES;
