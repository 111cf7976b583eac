// NODE ONLY (pure, but only the CLI needs it). The markdown of an article body for a terminal:
// headings underlined, paragraphs and list items wrapped to the width, links followed by where
// they lead, and fenced code kept verbatim (indented, never wrapped, so it can be copied).
import { displayWidth, unbroken, wrap } from './terminal-text.ts';

/** Where a link leads, as the reader can follow it (a URL or an `oobkb show` command); undefined to print only its text. */
export type LinkTarget = (href: string) => string | undefined;

// Matches a fence line, e.g. "```cmlog" or "```"
const RE_FENCE = /^\s*```/;
// Matches a heading, e.g. "## Cause", "### Wired and wireless addresses for one name"
const RE_HEADING = /^(#{1,6})\s+(.*)$/;
// Matches a list item's marker, e.g. "- ", "* ", "1. "
const RE_ITEM = /^(\s*)([-*+]|\d{1,3}\.)\s+(.*)$/;
// Matches a markdown link, e.g. "[the title](../slug/)"
const RE_LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;
// Matches inline code, e.g. "`Oobconsole.log`"
const RE_CODE = /`([^`]*)`/g;
// Matches strong or emphasised text, e.g. "**Provisioned**", "*note*"
const RE_EMPHASIS = /(\*{1,2}|__)(\S(?:[^*]*?\S)?)\1/g;
// Matches a character drawn two columns wide at the end or start of a string (to join lines without a space)
const RE_WIDE_END = /[\u3000-\u9fff\uff00-\uff60]$/;
const RE_WIDE_START = /^[\u3000-\u9fff\uff00-\uff60]/;

/** Inline markdown as plain text: marks dropped, each link followed by where it leads. */
export function inlineText(text: string, target: LinkTarget): string {
  return text
    .replace(RE_LINK, (_, label: string, href: string) => {
      const to = target(href);
      return to ? `${label} ${unbroken(`(${to})`)}` : label;
    })
    .replace(RE_CODE, '$1')
    .replace(RE_EMPHASIS, '$2');
}

/** Joins the lines of one paragraph: a space between words, none between Japanese characters. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce(
    (acc, line) =>
      !acc
        ? line
        : RE_WIDE_END.test(acc) || RE_WIDE_START.test(line)
          ? acc + line
          : `${acc} ${line}`,
    '',
  );
}

/** A heading and its underline ("=" for the top levels, "-" below), as wide as the text. */
export function heading(text: string, level: number, width: number): string[] {
  if (level >= 3) return [`▸ ${text}`];
  return [text, (level <= 1 ? '=' : '-').repeat(Math.min(width, displayWidth(text)))];
}

interface Block {
  kind: 'paragraph' | 'item' | 'heading' | 'code';
  lines: string[];
  /** The item's marker ("-", "1.") or the heading's level. */
  marker?: string;
  level?: number;
}

/** Splits a body into blocks: fenced code, headings, list items (with their continuation lines), paragraphs. */
function blocks(body: string): Block[] {
  const out: Block[] = [];
  let open: Block | undefined;
  let fence: Block | undefined;
  for (const raw of body.split(/\r?\n/)) {
    if (fence) {
      if (RE_FENCE.test(raw)) fence = undefined;
      else fence.lines.push(raw);
      continue;
    }
    const line = raw.trim();
    const head = RE_HEADING.exec(line);
    const item = RE_ITEM.exec(raw);
    if (RE_FENCE.test(raw)) out.push((fence = { kind: 'code', lines: [] }));
    else if (!line) open = undefined;
    else if (head) out.push({ kind: 'heading', lines: [head[2]!], level: head[1]!.length });
    else if (item) out.push((open = { kind: 'item', lines: [item[3]!], marker: item[2]! }));
    else if (open) open.lines.push(line);
    else out.push((open = { kind: 'paragraph', lines: [line] }));
    if (head || fence) open = undefined;
  }
  return out;
}

/** The lines of one block at `width`. */
function renderBlock(block: Block, width: number, target: LinkTarget): string[] {
  const text = inlineText(joinLines(block.lines), target);
  switch (block.kind) {
    case 'code':
      return block.lines.map((l) => `    ${l}`.trimEnd());
    case 'heading':
      return heading(text, block.level ?? 2, width);
    case 'item': {
      const marker =
        block.marker === '-' || block.marker === '*' || block.marker === '+' ? '•' : block.marker!;
      return wrap(text, width, `  ${marker} `, ' '.repeat(3 + displayWidth(marker)));
    }
    default:
      return wrap(text, width);
  }
}

/** A markdown body as terminal lines; list items of one list stay together, other blocks are separated by a blank line. */
export function renderMarkdown(body: string, width: number, target: LinkTarget): string[] {
  const out: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks(body)) {
    const sameList = previous?.kind === 'item' && block.kind === 'item';
    if (out.length && !sameList && previous?.kind !== 'heading') out.push('');
    out.push(...renderBlock(block, width, target));
    previous = block;
  }
  return out;
}
