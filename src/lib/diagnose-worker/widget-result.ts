// SHIPS TO THE BROWSER (worker). Shapes a diagnosis for the page: quoted evidence lines and a
// bounded table, so the page never receives more than it can show.
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

/** The page's view of a diagnosis. */
export function widgetResult(diagnosis: Diagnosis, text: string, files: WidgetResult['files']): WidgetResult {
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
  const problems = diagnosis.entries.filter((e) => e.severity !== 'info');
  return {
    matches,
    codes: diagnosis.codes,
    entries: diagnosis.entries.length,
    rows: diagnosis.entries.slice(0, MAX_TABLE_ROWS).map(toRow),
    problemRows: problems.slice(0, MAX_TABLE_ROWS).map(toRow),
    ...(diagnosis.notice ? { notice: diagnosis.notice } : {}),
    files,
  };
}
