// SHIPS TO THE BROWSER. What a streamed diagnosis read (stream-diagnose.ts).

export interface StreamStats {
  /** Bytes read, as UTF-8 (other encodings are converted as they stream). */
  bytes: number;
  /** Physical lines, counted as the parser counts them. */
  lines: number;
  /** Entries parsed around lines with hits; the other lines were only counted. */
  parsedEntries: number;
}
