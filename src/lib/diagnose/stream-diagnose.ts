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
// - `entries` holds only the entries behind the results kept (see digest), and a streamed text is
//   never read as a described problem (a description is a few lines, not megabytes);
// - a record longer than WIDE_LINES lines on either side of a hit is cut to them.
import { sniffStreamEncoding, type LogEncoding } from './decode.ts';
import { byScore, fileLogOf, type Diagnosis } from './diagnose.ts';
import { ByteScanner } from './byte-scanner.ts';
import { evaluateEntries, type FileLog, type SignatureResult } from './evaluate.ts';
import { describeCode, type FoundCode } from './found-codes.ts';
import { parseLogLines } from './parse.ts';
import type { WantedLines } from './parse-context.ts';
import { splitLines } from './parse-lines.ts';
import { MAX_EVIDENCE, MAX_PER_KIND, rankBySignatures } from './rank.ts';
import { lineOf, scanText, type MessageHit } from './scan-text.ts';
import { hexCodeAt } from './stream-codes.ts';
import { scannerCodes, type StreamMatcher } from './stream-matcher.ts';
import type { LogEntry } from './types.ts';

/**
 * Bytes scanned per round. Small enough that a round's bytes are still in the processor's cache
 * when they are scanned and when the windows around hits are decoded: the 100 MB log took 486 ms
 * in rounds of 512 KB, 511 in rounds of 1 MB and 540 in rounds of 4 MB (median of 11, interleaved);
 * 256 KB was no faster.
 */
const ROUND_BYTES = 512 * 1024;
/** Bytes of earlier rounds kept for the lines before a hit. */
const RETAIN_BYTES = 256 * 1024;
/** Bytes scanned first in a round while some signature's context is not found (see handleHits). */
const CONTEXT_SCAN_BYTES = 64 * 1024;
/** Lines parsed on each side of a line with a hit. */
const LINES_AROUND = 1;
/** Lines parsed on each side when a record reaches a window's edge. */
const WIDE_LINES = 64;
/** A file's lines with hits that get parsed; beyond this it is only counted (as scan-text.ts caps hits). */
const MAX_HIT_LINES = 10_000;
/** Entries kept (keptAlready) beyond which a round forgets those no later window can reach. */
const MAX_KEPT_REMEMBERED = 4096;
/** Bytes looked at to choose the encoding, read into the scanner's data (longer than this, whatever its capacity). */
const SNIFF_BYTES = 64 * 1024;
/** Bytes read at a time from a file whose encoding is converted to UTF-8. */
const CONVERT_BYTES = 1024 * 1024;

const LF = 10;
const CR = 13;

/** A line with a hit whose window is not parsed yet: its number and where it starts in the stream. */
interface HitLine {
  line: number;
  at: number;
  /** A signature's message text is on it (else only a code or a status ID). */
  message: boolean;
}

/** Bytes to parse around lines with hits: data[start, end), whose first line is `firstLine`. */
interface Window {
  start: number;
  end: number;
  firstLine: number;
  /** The hit lines in it. */
  lines: number[];
  /** Whether any of them holds a signature's message text (else its hits need no text scan). */
  messages: boolean;
  /** Where the scanned bytes end: a window never reaches past. */
  scanEnd: number;
}

const DOLLAR = 0x24;
const LESS_THAN = 0x3c;
const EXCLAMATION = 0x21;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CAPITAL_L = 0x4c;

/** Whether `view` holds the bytes b0 b1 (and b2, unless negative) with b0 before `limit`; by native indexOf. */
function hasMarker(view: Uint8Array, limit: number, b0: number, b1: number, b2: number): boolean {
  for (let i = view.indexOf(b0); i >= 0 && i < limit; i = view.indexOf(b0, i + 1))
    if (view[i + 1] === b1 && (b2 < 0 || view[i + 2] === b2)) return true;
  return false;
}

/**
 * Whether data[start, end) holds what a CMTrace record or an SMS trace trailer needs on its line
 * ("<![", "]L" of <![LOG[ and ]LOG]!>, or "$$<"). Without one, no line of it is a whole record of
 * its own (wholeRecords), so its parse in the 'lines' stage would only be thrown away. A marker
 * may be read one byte past `end` (the data goes on there): a window is then parsed as before.
 */
function mayHoldRecord(data: Uint8Array, start: number, end: number): boolean {
  const view = data.subarray(start, end + 1);
  // A marker's first byte before end - 1: its second byte is still in the window.
  const limit = end - start - 1;
  return (
    hasMarker(view, limit, DOLLAR, DOLLAR, LESS_THAN) ||
    hasMarker(view, limit, LESS_THAN, EXCLAMATION, OPEN_BRACKET) ||
    hasMarker(view, limit, CLOSE_BRACKET, CAPITAL_L, -1)
  );
}

/** A window's hit lines, to look up: most windows hold one, which needs no Set. */
interface HitLines {
  has(line: number): boolean;
  readonly size: number;
}

class OneHitLine implements HitLines {
  readonly size = 1;
  private readonly line: number;
  constructor(line: number) {
    this.line = line;
  }
  has(line: number): boolean {
    return line === this.line;
  }
}

const hitLinesOf = (lines: readonly number[]): HitLines =>
  lines.length === 1 ? new OneHitLine(lines[0]!) : new Set(lines);

/** Whether every hit line is held by a whole CMTrace or SMS trace record of its own line(s). */
function wholeRecords(entries: readonly LogEntry[], wanted: HitLines, shift: number): boolean {
  // With one hit line, whether it was held is all there is to count.
  const held = wanted.size === 1 ? undefined : new Set<number>();
  let heldAny = false;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const whole =
      (entry.format === 'cmtrace' || entry.format === 'sms-trace') && entry.message !== '';
    for (let line = entry.lineStart; line <= entry.lineEnd; line++) {
      if (!wanted.has(line + shift)) continue;
      if (!whole) return false;
      heldAny = true;
      held?.add(line + shift);
    }
  }
  return held ? held.size === wanted.size : heldAny;
}

/** Whether an entry holding a hit may be part of a longer record: it touches the window's edge, or a line is bare. */
function touchesEdge(
  entries: readonly LogEntry[],
  wanted: HitLines,
  shift: number,
  firstLine: number,
  lastLine: number,
  window: Window,
): boolean {
  return entries.some((entry) => {
    let holdsHit = false;
    for (let line = entry.lineStart; line <= entry.lineEnd && !holdsHit; line++)
      holdsHit = wanted.has(line + shift);
    const atStart = entry.lineStart === firstLine && window.start > 0;
    const atEnd = entry.lineEnd >= lastLine && window.end < window.scanEnd;
    // A bare line in a log of records may belong to a record around it (a continuation, or a
    // description whose last line, with its columns, lies beyond the window): the whole parse
    // may join it to a neighbour, so a bare line anywhere in the window widens it.
    if (entry.format === 'bare') return true;
    return holdsHit && (atStart || atEnd);
  });
}

/** What a file leaves once it ends: its digested results and their entries. */
interface FileDigest {
  entries: LogEntry[];
  results: SignatureResult[];
}

/** What one round of a file contributed: the entries around its hits and their message hits. */
interface RoundResult {
  entries: LogEntry[];
  hits: MessageHit[];
  /** The text of each line of its entries, by stream line (the digest keeps those of the entries it keeps). */
  lineTexts: Map<number, string>;
}

/** A round's result before anything was parsed. */
const emptyRound = (): RoundResult => ({ entries: [], hits: [], lineTexts: new Map() });

/** One signature and verdict in a file's digest: how many results it shows, its best, the one that carries the rest. */
interface DigestClass {
  shown: number;
  best: SignatureResult;
  carrier?: SignatureResult;
}

/**
 * A file's results, judged round by round as if every context were found (context only adds what
 * is missing; finish() applies what was found in all the files), and digested: per signature,
 * message and verdict, the first MAX_PER_KIND results in line order, the best (most parts, least
 * missing), and one more that carries the count of the rest. Ranking reads no more than that
 * (evidence shows three of each kind; scores and occurrences count), so memory grows neither with
 * a file's size nor with a folder's matches: what a round parsed and did not keep is let go when
 * the round ends. Rounds come in line order, so the digest is the one the whole file would give.
 */
class FileDigester {
  private readonly kept = new Set<SignatureResult>();
  /** The entries of the results kept while the current round is folded (they are that round's). */
  private readonly keptThisRound = new Set<LogEntry>();
  private readonly perKind = new Map<string, number>();
  /** By signature and verdict: signature × 2, plus 1 when strong. */
  private readonly classes = new Map<number, DigestClass>();
  /** Message hits already judged (overlapping windows, of one round or two, may share a line). */
  private readonly hitKeys = new Set<string>();
  private readonly session: StreamDiagnosis;
  private readonly fileLog: FileLog;

  constructor(session: StreamDiagnosis, name: string) {
    this.session = session;
    this.fileLog = fileLogOf(session.streamMatcher.matcher, [name]);
  }

  /** Judges a round's entries and keeps what the digest needs of them. */
  add(round: RoundResult): void {
    if (!round.entries.length) return;
    const { matcher } = this.session.streamMatcher;
    round.entries.sort(byLines);
    const hits = round.hits
      .filter((h) => {
        const key = `${h.signature}:${h.line}:${h.start}`;
        if (this.hitKeys.has(key)) return false;
        this.hitKeys.add(key);
        return true;
      })
      .sort((a, b) => a.line - b.line || a.start - b.start);
    const scan = { messageHits: hits, contextFound: this.session.everyContext, lineStarts: [] };
    const results = evaluateEntries(matcher, round.entries, scan, this.fileLog);
    for (let i = 0; i < results.length; i++) this.fold(results[i]!);
    // Only the lines of the entries a result keeps (a few per signature and verdict) outlive the
    // round; the round's own map of line texts goes with it.
    const { lineTexts } = this.session;
    for (const entry of this.keptThisRound)
      for (let line = entry.lineStart; line <= entry.lineEnd; line++)
        lineTexts.set(line, round.lineTexts.get(line) ?? '');
    this.keptThisRound.clear();
  }

  private keep(r: SignatureResult): void {
    this.kept.add(r);
    this.keptThisRound.add(r.entry);
  }

  private fold(r: SignatureResult): void {
    const classKey = r.signature * 2 + (r.strong ? 1 : 0);
    let group = this.classes.get(classKey);
    if (!group) this.classes.set(classKey, (group = { shown: 0, best: r }));
    // Messages are counted only while the class still shows results: once it is full their count
    // decides nothing, and a file's every message would be held to count it.
    let ofKind = Infinity;
    if (group.shown < MAX_EVIDENCE) {
      const kindKey = `${classKey}\u0000${r.entry.message}`;
      ofKind = (this.perKind.get(kindKey) ?? 0) + 1;
      this.perKind.set(kindKey, ofKind);
    }
    const better =
      r.matchedParts > group.best.matchedParts ||
      (r.matchedParts === group.best.matchedParts && r.missing.length < group.best.missing.length);
    if (better) group.best = r;
    if (ofKind <= MAX_PER_KIND && group.shown < MAX_EVIDENCE) {
      group.shown++;
      this.keep(r);
    } else if (better) this.keep(r);
    else if (group.carrier) group.carrier.weight = (group.carrier.weight ?? 1) + 1;
    else this.keep((group.carrier = r));
  }

  /** The file's digest, once it ended. */
  digest(): FileDigest {
    const results = [...this.kept];
    return { entries: [...new Set(results.map((r) => r.entry))], results };
  }
}

/** A log file being streamed into a StreamDiagnosis. */
export class LogStream {
  /** Set when the first bytes show a binary file; the rest is then ignored. */
  binary = false;
  encoding: LogEncoding | undefined;
  private decoder: TextDecoder | undefined;
  /** Where bytes to convert are read to (readTarget), once the encoding needs a decoder. */
  private convertBuffer: Uint8Array | undefined;
  private readonly encoder = new TextEncoder();
  /** data[0, keep): bytes scanned in earlier rounds; data[keep, fill): not scanned yet. */
  private keep = 0;
  private fill = 0;
  /** Stream offset of data[0] (data[0] always starts a line). */
  private offsetOf0 = 0;
  private pending: HitLine[] = [];
  /** The line of data[cursorAt], where lineAt last counted to. */
  private cursorAt = 0;
  private cursorLine: number;
  private hitLines = 0;
  /** The entries kept so far, by first line: each one's last line and message length, in pairs (see keptAlready). */
  private readonly keptEntries = new Map<number, number[]>();
  /** What the current round parsed, handed to the digester when the round ends. */
  private result: RoundResult = emptyRound();
  private readonly digester: FileDigester;
  private ended = false;

  private readonly session: StreamDiagnosis;

  /** The line this file starts at, in the numbering of all the files together. */
  readonly firstLine: number;

  constructor(session: StreamDiagnosis, name: string, firstLine: number) {
    this.session = session;
    this.firstLine = firstLine;
    this.cursorLine = firstLine;
    this.digester = new FileDigester(session, name);
  }

  /** The lines this file has, once ended. */
  lines = 0;

  /**
   * Where the next bytes read go: room in the scanner's memory while the bytes are kept as they
   * are (UTF-8, and the first bytes, sniffed in place), else a buffer converted from. Fill it from
   * its start, then call written() with the count. Empty once the file ended or is binary.
   */
  readTarget(): Uint8Array {
    const { data, capacity } = this.session.scanner;
    if (this.ended || this.binary) return data.subarray(0, 0);
    if (this.encoding === undefined) return data.subarray(this.fill, SNIFF_BYTES);
    if (this.decoder) return (this.convertBuffer ??= new Uint8Array(CONVERT_BYTES));
    return data.subarray(this.fill, capacity);
  }

  /** Takes the first `n` bytes of the array readTarget() gave (a round runs when the data is full). */
  written(n: number): void {
    if (this.ended || this.binary || n <= 0) return;
    if (this.encoding === undefined) {
      this.fill += n;
      if (this.fill >= SNIFF_BYTES) this.decide();
    } else if (this.decoder) this.convert(this.convertBuffer!.subarray(0, n));
    else {
      this.fill += n;
      if (this.fill === this.session.scanner.capacity) this.round(false);
    }
  }

  /** Adds bytes as they are read (any encoding; chosen on the first 64 KB): copied to readTarget(). */
  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length && !this.ended && !this.binary;) {
      if (this.decoder) return this.convert(bytes.subarray(i));
      const target = this.readTarget();
      const n = Math.min(target.length, bytes.length - i);
      target.set(bytes.subarray(i, i + n));
      this.written(n);
      i += n;
    }
  }

  /** Ends the file: scans what is left and parses the last windows. */
  end(): void {
    if (this.ended) return;
    if (this.encoding === undefined) this.decide();
    if (this.decoder && !this.binary) this.appendText(this.decoder.decode());
    if (!this.binary) this.round(true);
    this.ended = true;
    this.session.fileEnded(this, this.digester.digest());
    // What the session keeps of this file is what fileEnded took; the rest can go.
    this.keptEntries.clear();
    this.convertBuffer = undefined;
  }

  /** Chooses the encoding on the first bytes, data[0, fill) (at most SNIFF_BYTES), where they were read. */
  private decide(): void {
    const { data, capacity } = this.session.scanner;
    const sniffed = this.fill;
    const { encoding, bom, binary } = sniffStreamEncoding(data.subarray(0, sniffed));
    this.encoding = encoding;
    this.binary = binary;
    if (binary) return void (this.fill = 0);
    if (encoding !== 'utf-8') this.decoder = new TextDecoder(encoding);
    // Kept where they are when they stay as they are: UTF-8 without a BOM, within the room of a
    // round (small rounds, in the checks, hold fewer); else taken out and added again.
    if (!this.decoder && bom === 0 && sniffed < capacity) return;
    const bytes = data.slice(bom, sniffed);
    this.fill = 0;
    this.push(bytes);
  }

  /** Converts bytes of the file's encoding to UTF-8, a piece at a time (a piece never grows past three bytes a unit). */
  private convert(bytes: Uint8Array): void {
    const decoder = this.decoder!;
    const piece = 1024 * 1024;
    for (let i = 0; i < bytes.length; i += piece)
      this.appendText(decoder.decode(bytes.subarray(i, i + piece), { stream: true }));
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

  /**
   * The stream line of data[i], counted on from the last position asked for (positions come
   * mostly in order, so each byte is counted about once).
   */
  private lineAt(i: number): number {
    const scanner = this.session.scanner;
    if (i >= this.cursorAt) this.cursorLine += scanner.lineStarts(this.cursorAt + 1, i + 1);
    else this.cursorLine -= scanner.lineStarts(i + 1, this.cursorAt + 1);
    this.cursorAt = i;
    return this.cursorLine;
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
    this.session.countParsed(this.result.entries);
    this.digester.add(this.result);
    this.result = emptyRound();
    if (final) {
      this.lines = this.lineAt(this.fill) - this.firstLine + 1;
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
    // data[from] becomes data[0]. A cursor past `from` keeps its place, moved with the data: the
    // bytes kept are not counted again (with rounds of 512 KB and 256 KB kept, they had been half
    // as many again). One before `from` moves up to it, and so does one that would have to count
    // back when the entries kept are many and can be forgotten up to data[0]'s line.
    if (this.cursorAt <= from || this.keptEntries.size > MAX_KEPT_REMEMBERED)
      this.forgetKeptBefore(this.lineAt(from));
    this.cursorAt -= from;
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
    const lineOf = (i: number): number => this.lineAt(i);
    let lastLine = -1;
    const markLine = (line: number, i: number, message: boolean): void => {
      if (line === lastLine) {
        if (message) this.pending[this.pending.length - 1]!.message = true;
        return;
      }
      if (this.hitLines >= MAX_HIT_LINES) return;
      lastLine = line;
      this.hitLines++;
      this.pending.push({ line, at: this.offsetOf0 + this.lineStartBefore(i), message });
    };
    const onHit = (id: number, end: number): void => {
      if (id < ownPatterns) {
        for (const { signature, role } of matcher.roles[id]!) {
          if (role === 'context') this.session.contextFound.add(signature);
          else markLine(lineOf(end - 1), end - 1, true);
        }
        return;
      }
      const at = end - 2;
      if (triggers[id - ownPatterns] === 'line') return markLine(lineOf(end - 1), end - 1, false);
      // A "0x" the scanner left to JavaScript: read and counted here.
      const value = hexCodeAt(data, at, 0);
      if (value === undefined) return;
      const line = lineOf(at);
      this.session.countCode(value, line);
      if (matcher.byCode.has(value)) markLine(line, at, false);
    };
    // A code the scanner read and counted: its line, for its first line and if a signature names it.
    const onCode = (value: number, at: number): void => {
      const line = lineOf(at);
      this.session.codeSeen(value, line);
      if (matcher.byCode.has(value)) markLine(line, at, false);
    };
    // Context words can be on a log's every line until their signatures' context is found (8,252
    // reports in the first 4 MB of the synthetic log): a short scan finds them and they are quieted
    // before the rest. Two scans report what one would: each hit once, by where it ends.
    let start = from;
    if (this.session.contextToFind()) {
      start = Math.min(to, from + CONTEXT_SCAN_BYTES);
      scanner.scan(from, start, 0, onHit, onCode);
      this.session.quietFoundContext();
    }
    scanner.scan(start, to, 0, onHit, onCode);
    if (scanner.codesCrowded) scanner.takeCodeCounts(this.session.addCodeCount);
    this.session.quietFoundContext();
  }

  /** The start of the line before the one starting at data[start] (start > 0). */
  private previousLineStart(start: number): number {
    const data = this.session.scanner.data;
    const crlf = data[start - 1] === LF && start >= 2 && data[start - 2] === CR;
    return this.lineStartBefore(start - (crlf ? 2 : 1));
  }

  /**
   * The bytes of `before` lines, the line at lineStart and `after` lines (fewer at the data's
   * edges), and how many lines before it holds.
   */
  private around(lineStart: number, before: number, after: number, scanEnd: number) {
    const scanner = this.session.scanner;
    let end = lineStart;
    for (let breaks = 0; breaks <= after; breaks++) {
      const next = scanner.lineEnd(end, scanEnd);
      if (next < 0) {
        end = scanEnd;
        break;
      }
      end = next;
    }
    let start = lineStart;
    let back = 0;
    while (start > 0 && back < before) {
      start = this.previousLineStart(start);
      back++;
    }
    return { start, end, back };
  }

  /** Whether `count` whole lines follow the line start data[from] before scanEnd. */
  private wholeLinesFrom(from: number, count: number, scanEnd: number): boolean {
    let at = from;
    for (let line = 0; line < count && at >= 0; line++)
      at = this.session.scanner.lineEnd(at, scanEnd);
    return at >= 0;
  }

  /** Parses the windows of pending hit lines whose following lines are all here (or the file ended). */
  private parseWindows(scanEnd: number, final: boolean): void {
    const { scanner } = this.session;
    const ready: Window[] = [];
    const waiting: HitLine[] = [];
    for (const hit of this.pending) {
      const lineStart = Math.max(0, hit.at - this.offsetOf0);
      const lineEnd = scanner.lineEnd(lineStart, scanEnd);
      // The lines after are needed if the line alone turns out not to be a whole record.
      if (!final && (lineEnd < 0 || !this.wholeLinesFrom(lineEnd, LINES_AROUND, scanEnd))) {
        waiting.push(hit);
        continue;
      }
      const end = lineEnd < 0 ? scanEnd : lineEnd;
      const last = ready[ready.length - 1];
      if (last && lineStart <= last.end) {
        last.end = Math.max(last.end, end);
        last.lines.push(hit.line);
        last.messages ||= hit.message;
      } else
        ready.push({
          start: lineStart,
          end,
          firstLine: hit.line,
          lines: [hit.line],
          messages: hit.message,
          scanEnd,
        });
    }
    this.pending = waiting;
    // A window without a record's marker cannot pass the 'lines' test: it starts at 'near'.
    const { data } = scanner;
    const records: Window[] = [];
    const others: Window[] = [];
    for (const w of ready)
      if (mayHoldRecord(data, w.start, w.end)) records.push(w);
      else others.push(this.widen(w, LINES_AROUND, LINES_AROUND));
    this.parseStage(records, 'lines');
    this.parseStage(others, 'near');
  }

  /**
   * Parses windows in one text (a parse per window cost more than the parsing itself): their
   * texts joined by an empty line. A window is taken when its entries pass the stage's test
   * (`lines`: each hit line is a whole CMTrace or SMS trace record of its own; `near`: no entry
   * holding a hit reaches the window's edge, and no line is bare); the others go to the next
   * stage, widened: a line on each side, then WIDE_LINES.
   */
  private parseStage(windows: readonly Window[], stage: 'lines' | 'near' | 'wide'): void {
    if (!windows.length) return;
    // Windows a code alone brought in need no text scan: they are parsed apart from the others,
    // so that one window with a message does not make the whole batch scanned.
    const withMessages = windows.filter((w) => w.messages);
    if (withMessages.length && withMessages.length < windows.length) {
      this.parseStage(withMessages, stage);
      this.parseStage(
        windows.filter((w) => !w.messages),
        stage,
      );
      return;
    }
    const { text: batch, starts, next } = this.joined(windows);
    const lines = splitLines(batch);
    const entries: LogEntry[][] = windows.map(() => []);
    const spilled = new Set<number>();
    const parsed = parseLogLines(lines, hitLinesIn(windows, starts, lines.length));
    for (let e = 0; e < parsed.length; e++) {
      const entry = parsed[e]!;
      const i = windowOf(starts, entry.lineStart);
      if (entry.lineEnd > (starts[i + 1] ?? next) - 2)
        spilled.add(i).add(windowOf(starts, entry.lineEnd));
      entries[i]!.push(entry);
    }
    const hits = withMessages.length
      ? scanText(this.session.streamMatcher.matcher, batch).messageHits
      : [];
    // Each window's hits, found once (not by going through all of them for every window).
    const hitsOf: MessageHit[][] = windows.map(() => []);
    for (const hit of hits) hitsOf[windowOf(starts, hit.line)]!.push(hit);
    const later: Window[] = [];
    windows.forEach((window, i) => {
      const first = starts[i]!;
      const last = (starts[i + 1] ?? next) - 2;
      const shift = window.firstLine - first;
      const wanted = hitLinesOf(window.lines);
      const taken =
        stage === 'wide' ||
        (!spilled.has(i) &&
          (stage === 'lines'
            ? wholeRecords(entries[i]!, wanted, shift)
            : !touchesEdge(entries[i]!, wanted, shift, first, last, window)));
      if (!taken) {
        const [before, after] =
          stage === 'lines' ? [LINES_AROUND, LINES_AROUND] : [WIDE_LINES, WIDE_LINES];
        return void later.push(this.widen(window, before, after));
      }
      this.keepEntries(entries[i]!, lines, shift, wanted);
      if (window.messages)
        for (const hit of hitsOf[i]!)
          if (hit.line <= last) this.result.hits.push({ ...hit, line: hit.line + shift });
    });
    this.parseStage(later, stage === 'lines' ? 'near' : 'wide');
  }

  /** Keeps the entries that hold a hit line, once each, with their lines' text; `shift` makes their lines the stream's. */
  private keepEntries(
    entries: LogEntry[],
    lines: readonly string[],
    shift: number,
    wanted: HitLines,
  ): void {
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      let holdsHit = false;
      for (let line = entry.lineStart; line <= entry.lineEnd && !holdsHit; line++)
        holdsHit = wanted.has(line + shift);
      // An entry of one line is kept only by the window that owns that hit line, and a window is
      // taken once (or widened, untaken, into the next stage): only an entry over several lines,
      // each a hit of another window, can be reached twice.
      if (!holdsHit || (entry.lineEnd > entry.lineStart && this.keptAlready(entry, shift)))
        continue;
      for (let line = entry.lineStart; line <= entry.lineEnd; line++)
        this.result.lineTexts.set(line + shift, lines[line - 1] ?? '');
      // The batch's own entry, parsed for this window alone: moved to the stream's lines in place.
      entry.lineStart += shift;
      entry.lineEnd += shift;
      this.result.entries.push(entry);
    }
  }

  /**
   * Whether an entry like this one (same lines once shifted, same message length) was kept
   * already: overlapping windows, of one round or two, parse some entries twice. Else it is noted.
   */
  private keptAlready(entry: LogEntry, shift: number): boolean {
    const first = entry.lineStart + shift;
    const last = entry.lineEnd + shift;
    const length = entry.message.length;
    const known = this.keptEntries.get(first);
    if (!known) {
      this.keptEntries.set(first, [last, length]);
      return false;
    }
    for (let i = 0; i < known.length; i += 2)
      if (known[i] === last && known[i + 1] === length) return true;
    known.push(last, length);
    return false;
  }

  /**
   * Forgets the entries kept before `line`, data[0]'s line once a round ends: no later window
   * reaches before data[0], so none can parse them again, and the map stays small.
   * Entries come in line order, so the oldest are first; a later one out of order stays (harmless).
   */
  private forgetKeptBefore(line: number): void {
    for (const first of this.keptEntries.keys()) {
      if (first >= line) return;
      this.keptEntries.delete(first);
    }
  }

  /** The window with `before` and `after` lines more on each side (as far as the data goes). */
  private widen(window: Window, before: number, after: number): Window {
    const first = this.around(window.start, before, 0, window.scanEnd);
    const lastLine = this.lineStartBefore(Math.max(window.start, window.end - 1));
    const last = this.around(lastLine, 0, after, window.scanEnd);
    return {
      ...window,
      start: first.start,
      end: Math.max(window.end, last.end),
      firstLine: window.firstLine - first.back,
    };
  }

  /**
   * The windows' bytes decoded as one text (one decoder call, not one per window), each followed
   * by one more line break (CR after a CR, else LF, so that it never pairs with the window's own):
   * an empty line between windows. `starts` holds each window's first line in it, `next` the line after.
   */
  private joined(windows: readonly Window[]): { text: string; starts: number[]; next: number } {
    const { scanner } = this.session;
    const size = windows.reduce((sum, w) => sum + w.end - w.start + 1, 0);
    const bytes = this.session.joinBuffer(size);
    const starts: number[] = [];
    let next = 1;
    let at = 0;
    for (const { start, end } of windows) {
      starts.push(next);
      bytes.set(scanner.data.subarray(start, end), at);
      at += end - start;
      bytes[at++] = scanner.data[end - 1] === CR ? CR : LF;
      next += scanner.lineStarts(start + 1, end + 1) + 1;
    }
    return { text: this.session.utf8.decode(bytes.subarray(0, at)), starts, next };
  }
}

/**
 * Whether an entry over the joined text's lines first–last (0-based) holds a hit line: only those
 * are kept (keepEntries); the lines beside them are parsed to see where records end, as outlines.
 */
function hitLinesIn(
  windows: readonly Window[],
  starts: readonly number[],
  lineCount: number,
): WantedLines {
  const hit = new Uint8Array(lineCount);
  windows.forEach((window, i) => {
    const shift = window.firstLine - starts[i]!;
    for (const line of window.lines) hit[line - shift - 1] = 1;
  });
  return (first: number, last: number): boolean => {
    for (let line = first; line <= last; line++) if (hit[line] === 1) return true;
    return false;
  };
}

/** The window (index into `starts`, each window's first line in a joined text) holding a line. */
const windowOf = (starts: number[], line: number): number => lineOf(starts, line) - 1;

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
  /** Entries parsed around hits, of all files (`entries` keeps the candidates among them). */
  private parsedEntries = 0;
  private nextLine = 1;
  private joinBytes = new Uint8Array(64 * 1024);
  /** contextFound's size when the scanner was last told which context words to stop reporting. */
  private quietedAt = 0;
  private readonly files: FileDigest[] = [];
  private readonly codes = new Map<number, { count: number; firstLine: number }>();
  private open: LogStream | undefined;

  readonly streamMatcher: StreamMatcher;
  /** Bytes of earlier rounds a file keeps at most. */
  readonly retainBytes: number;

  constructor(streamMatcher: StreamMatcher, options: StreamOptions = {}) {
    this.streamMatcher = streamMatcher;
    this.everyContext = new Set(streamMatcher.matcher.index.signatures.keys());
    this.signaturesWithContext = streamMatcher.matcher.index.signatures.filter(
      (signature) => signature.context.length > 0,
    ).length;
    const round = options.roundBytes ?? ROUND_BYTES;
    this.retainBytes = Math.min(RETAIN_BYTES, round);
    this.scanner = new ByteScanner(streamMatcher.bytes, this.retainBytes + round, {
      ...(options.useWasm === undefined ? {} : { useWasm: options.useWasm }),
      codes: scannerCodes(streamMatcher),
      ...(streamMatcher.scannerImage ? { image: streamMatcher.scannerImage } : {}),
    });
  }

  /** Starts the next file; the previous one must have ended. */
  file(name: string): LogStream {
    if (this.open) throw new Error('stream-diagnose: end the previous file first');
    const stream = new LogStream(this, name, this.nextLine);
    this.open = stream;
    for (const signature of contextInName(this.streamMatcher, name))
      this.contextFound.add(signature);
    return stream;
  }

  /**
   * Stops the scanner reporting the context words whose signatures' context is found already
   * (in a log every line may hold one): finding one again would change nothing.
   */
  quietFoundContext(): void {
    if (this.contextFound.size === this.quietedAt) return;
    this.quietedAt = this.contextFound.size;
    const { matcher, ownPatterns } = this.streamMatcher;
    this.scanner.quiet(
      (id) =>
        id < ownPatterns &&
        matcher.roles[id]!.every(
          ({ signature, role }) => role === 'context' && this.contextFound.has(signature),
        ),
    );
  }

  /** Whether the context of some signature that has one is not found yet (its words are still reported). */
  contextToFind(): boolean {
    return this.contextFound.size < this.signaturesWithContext;
  }

  /** A buffer of at least `size` bytes for joining windows (kept, grown as needed). */
  joinBuffer(size: number): Uint8Array {
    if (this.joinBytes.length < size) this.joinBytes = new Uint8Array(size * 2);
    return this.joinBytes;
  }

  fileEnded(stream: LogStream, digest: FileDigest): void {
    this.open = undefined;
    this.nextLine += stream.binary ? 0 : stream.lines;
    if (!stream.binary) this.files.push(digest);
  }

  /** Counts a round's parsed entries, and the codes they spell without 0x. */
  countParsed(entries: readonly LogEntry[]): void {
    this.parsedEntries += entries.length;
    this.countSpelledCodes(entries);
  }

  /** Every signature, as the context found: see FileDigester. */
  readonly everyContext: Set<number>;
  /** How many signatures have context words. */
  private readonly signaturesWithContext: number;

  /** One occurrence of a code, on `line`. */
  countCode(value: number, line: number): void {
    this.codeSeen(value, line).count++;
  }

  /** An occurrence of a code on `line` that the scanner counts (see addCodeCount): its first line. */
  codeSeen(value: number, line: number): { count: number; firstLine: number } {
    const found = this.codes.get(value);
    if (!found) {
      const first = { count: 0, firstLine: line };
      this.codes.set(value, first);
      return first;
    }
    found.firstLine = Math.min(found.firstLine, line);
    return found;
  }

  /** Occurrences the scanner counted (ByteScanner.takeCodeCounts); each code came with a line first. */
  readonly addCodeCount = (value: number, count: number): void => {
    this.codes.get(value)!.count += count;
  };

  /** Codes the parsed entries spell without 0x (bare hex, negative decimal); those with 0x were read from the bytes. */
  private countSpelledCodes(entries: readonly LogEntry[]): void {
    for (let e = 0; e < entries.length; e++) {
      const { codes, message, lineStart } = entries[e]!;
      for (let c = 0; c < codes.length; c++)
        if (!writtenWith0x(message, codes[c]!.start)) this.countCode(codes[c]!.value, lineStart);
    }
  }

  /** The diagnosis of every file streamed so far. */
  finish(): Diagnosis {
    const { matcher } = this.streamMatcher;
    this.scanner.takeCodeCounts(this.addCodeCount);
    const results: SignatureResult[] = [];
    const entries: LogEntry[] = [];
    for (const file of this.files) {
      for (const r of file.results) results.push(this.withContextFound(r));
      entries.push(...file.entries);
    }
    const matches = rankBySignatures(matcher, results).sort(byScore);
    const lines = this.nextLine - 1;
    const diagnosis: Diagnosis = {
      matches,
      entries,
      codes: this.foundCodes(),
      stream: { bytes: this.bytes, lines, parsedEntries: this.parsedEntries },
    };
    if (!matches.length) diagnosis.notice = this.bytes ? 'no-match' : 'empty';
    return diagnosis;
  }

  /** A result judged with every context found, as it is with the context the files hold. */
  private withContextFound(r: SignatureResult): SignatureResult {
    const { context } = this.streamMatcher.matcher.index.signatures[r.signature]!;
    if (!context.length || this.contextFound.has(r.signature)) return r;
    // In the order judge() writes them: the parts, the context, the log.
    const parts = r.missing.filter((m) => m.kind !== 'log');
    const log = r.missing.filter((m) => m.kind === 'log');
    const missing = [...parts, { kind: 'context' as const, expected: context }, ...log];
    return { ...r, strong: false, missing };
  }

  /** Codes read from the bytes (0x…) and spelled otherwise in parsed entries, by first line. */
  private foundCodes(): FoundCode[] {
    const index = this.streamMatcher.matcher.index;
    return [...this.codes]
      .map(([value, { count, firstLine }]) => describeCode(index, value, count, firstLine))
      .sort((a, b) => a.firstLine - b.firstLine);
  }
}

/** Whether the text at `at` starts with 0x or 0X. */
const writtenWith0x = (text: string, at: number) =>
  text.charCodeAt(at) === 48 && (text.charCodeAt(at + 1) | 0x20) === 120;

const byLines = (a: LogEntry, b: LogEntry) => a.lineStart - b.lineStart || a.lineEnd - b.lineEnd;

/** Signatures whose context words a file name holds (as scanText reads file names). */
function contextInName(streamMatcher: StreamMatcher, name: string): number[] {
  const found: number[] = [];
  const { matcher } = streamMatcher;
  const scan = scanText(matcher, '', [name]);
  for (const signature of scan.contextFound) found.push(signature);
  return found;
}
