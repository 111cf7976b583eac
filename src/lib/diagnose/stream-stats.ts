// SHIPS TO THE BROWSER. When a diagnosis streams, and what a streamed diagnosis read
// (stream-diagnose.ts). Apart from the stream's code, so that deciding loads none of it.

/**
 * The widget streams dropped files of at least this many bytes together; smaller ones are read
 * whole, every entry parsed, for its table. (The CLI streams from CLI_STREAM_FROM_BYTES, 1 MB.)
 */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024;

/** Whether bytes this large are streamed. */
export const shouldStream = (bytes: number): boolean => bytes >= STREAM_FROM_BYTES;

export interface StreamStats {
  /** Bytes read, as UTF-8 (other encodings are converted as they stream). */
  bytes: number;
  /** Physical lines, counted as the parser counts them. */
  lines: number;
  /** Entries parsed around lines with hits; the other lines were only counted. */
  parsedEntries: number;
}
