// SHIPS TO THE BROWSER. Everything under src/lib/diagnose/ is pure TypeScript: no DOM, no node:*,
// no astro:*. The widget (in a Web Worker), the CLI and the checks all import it.

/** CMTrace's three levels: type="3"/"2"/"1", or for formats without a type, its word rule. */
export type Severity = 'error' | 'warning' | 'info';

/** The shape a log entry was written in. */
export type EntryFormat =
  | 'cmtrace' // <![LOG[message]LOG]!><time="…" date="…" component="…" …>
  | 'sms-trace' // message  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+bias><thread=N (0xH)>
  | 'viewer-copy' // CMTrace/Trace32 clipboard: message, component, local date/time, N (0xHHHH)
  | 'status-viewer' // Status Message Viewer row: Severity, Type, Site, Date/Time, System, Component, ID, Description, PID, TID
  | 'statmsg' // STATMSG: ID=7217 SEV=W … COMP="SMS_AMT_OPERATION_MANAGER" …
  | 'bare'; // message text alone

/** An error code found in a message, with where it was written. */
export interface CodeMention {
  /** The code as an unsigned 32-bit value (0x80072EE9 → 2147954409). */
  value: number;
  /** Offsets into the entry's message. */
  start: number;
  end: number;
}

/** One logical log entry (a CMTrace record may span several physical lines). */
export interface LogEntry {
  /** 1-based physical line numbers in the pasted text. */
  lineStart: number;
  lineEnd: number;
  /** The message text without trailer or columns. */
  message: string;
  component?: string;
  /** The time as written (formats differ; not normalised). */
  time?: string;
  thread?: number;
  severity: Severity;
  format: EntryFormat;
  /** Status message ID for STATMSG lines and Status Message Viewer rows. */
  statusMessageId?: number;
  codes: readonly CodeMention[];
}
