// SHIPS TO THE BROWSER. The distinct error codes of a log, decoded and named from the catalogue.
import { decodeHresult, formatCode, type HresultParts } from './codes.ts';
import type { IndexedCode, SignatureIndex } from './signature-index.ts';
import type { LogEntry } from './types.ts';

export interface FoundCode {
  /** Canonical spelling, e.g. 0x80072EE9. */
  code: string;
  value: number;
  hresult: HresultParts;
  /** Name and message, when the catalogue knows the code. */
  known?: IndexedCode;
  /** How many entries carry it, and the first line. */
  count: number;
  firstLine: number;
}

/** One code's entry in the list: its canonical spelling, its HRESULT fields and its catalogue name. */
export function describeCode(
  index: SignatureIndex,
  value: number,
  count: number,
  firstLine: number,
): FoundCode {
  const code = formatCode(value);
  const known = index.codes[code];
  return {
    code,
    value,
    hresult: decodeHresult(value),
    ...(known ? { known } : {}),
    count,
    firstLine,
  };
}

/** Codes in order of first appearance. */
export function foundCodes(index: SignatureIndex, entries: readonly LogEntry[]): FoundCode[] {
  const byValue = new Map<number, FoundCode>();
  for (const entry of entries) {
    for (const { value } of entry.codes) {
      const found = byValue.get(value);
      if (found) found.count++;
      else byValue.set(value, describeCode(index, value, 1, entry.lineStart));
    }
  }
  return [...byValue.values()];
}
