// A small table model, printed as aligned text for the terminal and as Markdown for the file.

/** A titled table with notes under it. */
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

const width = (text: string): number => [...text].length;
const pad = (text: string, size: number, right: boolean): string =>
  right ? ' '.repeat(size - width(text)) + text : text + ' '.repeat(size - width(text));
// Matches a cell that reads as a number (right-aligned), e.g. "1,234.5", "0.52×", "87 MB"
const RE_NUMERIC = /^[-~<>≤≥]?\s?[\d,.]+\s?(×|%|ms|MB|MB\/s)?$/;

/** The table as aligned plain text. */
export function textTable(table: Table): string {
  const sizes = table.head.map((h, c) =>
    Math.max(width(h), ...table.rows.map((r) => width(r[c] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, sizes[c] ?? 0, RE_NUMERIC.test(cell)))
      .join('  ')
      .trimEnd();
  const out = [
    table.title,
    '-'.repeat(width(table.title)),
    line(table.head),
    line(sizes.map((s) => '-'.repeat(s))),
    ...table.rows.map(line),
  ];
  for (const note of table.notes ?? []) out.push(`  * ${note}`);
  return out.join('\n');
}

const escape = (cell: string): string => cell.replaceAll('|', '\\|');

/** The table as Markdown. */
export function markdownTable(table: Table): string {
  const out = [
    `### ${table.title}`,
    '',
    `| ${table.head.map(escape).join(' | ')} |`,
    `| ${table.head.map(() => '---').join(' | ')} |`,
  ];
  for (const row of table.rows) out.push(`| ${row.map(escape).join(' | ')} |`);
  if (table.notes?.length) out.push('', ...table.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
