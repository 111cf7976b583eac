// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// Turns what a format reader saw into a LogEntry: severity by precedence, STATMSG fields,
// codes. Optional fields are left out rather than set to undefined (exactOptionalPropertyTypes).
import { findCodes, NO_CODES } from './code-find.ts';
import { readStatmsg } from './parse-statmsg.ts';
import { severityFromSev, severityFromType, severityFromWords } from './severity.ts';
import type { EntryFormat, LogEntry, Severity } from './types.ts';

/** What a reader extracted, before defaults and derived fields. */
export interface EntryDraft {
  /** 0-based physical lines (converted to 1-based here). */
  first: number;
  last: number;
  message: string;
  format: EntryFormat;
  component?: string | undefined;
  time?: string | undefined;
  thread?: number | undefined;
  /** CMTrace type attribute as written ("1", "2", "3", or ""). */
  type?: string | undefined;
  /** A severity the format states outright (Status Message Viewer column). */
  severity?: Severity | undefined;
  statusMessageId?: number | undefined;
}

/** A non-empty trimmed string, or undefined. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A finite thread or message number, or undefined. */
function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * Only the entry's lines, message and format, what the stream's tests of a window read: for an
 * entry the parse was told nobody keeps (ParseContext.wanted), the codes, STATMSG fields and
 * severity are not worked out (the lines beside a hit are parsed only to see where its record ends).
 */
export function makeOutline(draft: EntryDraft): LogEntry {
  return {
    lineStart: draft.first + 1,
    lineEnd: Math.max(draft.first, draft.last) + 1,
    message: draft.message,
    severity: 'info',
    format: draft.format,
    codes: NO_CODES,
  };
}

/** Builds a LogEntry; stated severity wins, then STATMSG SEV=, then CMTrace type, then CMTrace's word rule. */
export function makeEntry(draft: EntryDraft): LogEntry {
  const stat = readStatmsg(draft.message);
  const severity =
    draft.severity ??
    severityFromSev(stat?.sev) ??
    severityFromType(draft.type?.trim()) ??
    severityFromWords(draft.message);
  const entry: LogEntry = {
    lineStart: draft.first + 1,
    lineEnd: Math.max(draft.first, draft.last) + 1,
    message: draft.message,
    severity,
    format: draft.format,
    codes: findCodes(draft.message),
  };
  const component = present(draft.component) ?? present(stat?.component);
  if (component !== undefined) entry.component = component;
  const time = present(draft.time) ?? present(stat?.time);
  if (time !== undefined) entry.time = time;
  const thread = finite(draft.thread) ?? finite(stat?.thread);
  if (thread !== undefined) entry.thread = thread;
  const statusMessageId = finite(draft.statusMessageId) ?? finite(stat?.id);
  if (statusMessageId !== undefined) entry.statusMessageId = statusMessageId;
  return entry;
}
