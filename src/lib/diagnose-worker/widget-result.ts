// SHIPS TO THE BROWSER (worker). Shapes a diagnosis for the page: quoted evidence lines, counts,
// and a bounded table that stays in the worker until the page opens it, so showing an answer
// never makes the page's thread copy thousands of rows.
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { LogEntry } from '../diagnose/types.ts';
import { MAX_ROW_MESSAGE, MAX_TABLE_ROWS, type QuotedLine, type TableRow, type WidgetResult } from './protocol.ts';

// Matches one line break as the parser counts them.
const RE_LINE_BREAK = /\r\n|\r|\n/g;

/** Physical lines by number, for the few lines that are quoted. */
function lineReader(text: string): (line: number) => string {
  const starts = [0];
  for (const match of text.matchAll(RE_LINE_BREAK)) starts.push(match.index + match[0].length);
  return (line) => {
    const start = starts[line - 1] ?? text.length;
    const next = starts[line];
    return text.slice(start, next === undefined ? text.length : next).replace(/\r?\n$|\r$/, '');
  };
}

function toRow(entry: LogEntry): TableRow {
  return {
    line: entry.lineStart,
    message: entry.message.length > MAX_ROW_MESSAGE ? `${entry.message.slice(0, MAX_ROW_MESSAGE)}…` : entry.message,
    severity: entry.severity,
    ...(entry.component ? { component: entry.component } : {}),
    ...(entry.time ? { time: entry.time } : {}),
    ...(entry.thread !== undefined ? { thread: entry.thread } : {}),
  };
}

/** The parsed-log table of a diagnosis, all entries and errors and warnings only, each bounded. */
export interface LogTable { all: TableRow[]; problems: TableRow[]; entries: number; problemCount: number }

/** Builds the table kept in the worker for the page to ask for. */
export function logTable(entries: readonly LogEntry[]): LogTable {
  const problems = entries.filter((e) => e.severity !== 'info');
  return {
    all: entries.slice(0, MAX_TABLE_ROWS).map(toRow),
    problems: problems.slice(0, MAX_TABLE_ROWS).map(toRow),
    entries: entries.length,
    problemCount: problems.length,
  };
}

/** The page's view of a diagnosis (its table travels separately, on request). */
export function widgetResult(diagnosis: Diagnosis, text: string, files: WidgetResult['files'], table: LogTable): WidgetResult {
  const quote = diagnosis.matches.some((m) => m.evidence.length) ? lineReader(text) : () => '';
  const matches = diagnosis.matches.map((m) => {
    const lines: QuotedLine[] = [];
    for (const e of m.evidence) {
      for (let line = e.lineStart; line <= e.lineEnd && lines.length < 40; line++) {
        if (lines.some((q) => q.line === line)) continue;
        lines.push({ line, text: quote(line), spans: e.spans.filter((s) => s.line === line).map(({ start, end }) => ({ start, end })) });
      }
    }
    return { ...m, lines };
  });
  return {
    matches,
    codes: diagnosis.codes,
    entries: table.entries,
    problems: table.problemCount,
    ...(diagnosis.notice ? { notice: diagnosis.notice } : {}),
    files,
  };
}
