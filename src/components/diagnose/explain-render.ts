// SHIPS TO THE BROWSER (loaded on first use). Builds the Explain view's nodes from what the worker
// sent: per entry its line quoted, then each signature tried with its verdict, its parts ticked or
// crossed, and what it lacks. Log text only ever goes into text nodes (element.ts).
import type { ShownExplainedEntry, ShownTried } from '../../lib/diagnose-worker/protocol.ts';
import type { WidgetStrings } from '../../i18n/widget.ts';
import { el } from '../element.ts';

/** What the Explain view links to and says. */
export interface ExplainContext {
  strings: WidgetStrings;
  /** An article's page. */
  articleUrl: (slug: string) => string;
}

/** ✓ or ✗ for the eye, "found" or "not found" for a screen reader. */
function partItem(part: ShownTried['parts'][number], strings: WidgetStrings): HTMLLIElement {
  return el(
    'li',
    { class: `part part--${part.holds ? 'holds' : 'lacks'}` },
    el('span', { class: 'part-mark', 'aria-hidden': 'true' }, part.holds ? '✓' : '✗'),
    ' ',
    el(
      'span',
      { class: 'visually-hidden' },
      `${part.holds ? strings.partFound : strings.partLacking}: `,
    ),
    part.text,
  );
}

function triedItem(tried: ShownTried, ctx: ExplainContext): HTMLLIElement {
  const { strings } = ctx;
  return el(
    'li',
    {
      class: `tried tried--${tried.verdict}`,
      'data-signature': tried.signature,
      'data-verdict': tried.verdict,
    },
    el(
      'p',
      { class: 'tried-head' },
      el('span', { class: `badge badge--${tried.verdict}` }, tried.verdictText),
      ' ',
      el('a', { href: ctx.articleUrl(tried.article) }, tried.title),
      ' ',
      el('span', { class: 'signature-id' }, `(${strings.signature} ${tried.signature})`),
    ),
    tried.reason && el('p', { class: 'reason' }, tried.reason),
    el('ul', { class: 'parts' }, ...tried.parts.map((part) => partItem(part, strings))),
    ...tried.missing.map((missing) => el('p', { class: 'missing' }, missing)),
  );
}

/** One entry: its line (or lines) quoted, then the signatures tried, or why none was. */
export function explainedEntry(
  entry: ShownExplainedEntry,
  nothingTried: string,
  ctx: ExplainContext,
): HTMLLIElement {
  const { strings } = ctx;
  const where =
    entry.lineEnd > entry.line
      ? strings.lineRange(entry.line, entry.lineEnd)
      : `${strings.line} ${entry.line}`;
  return el(
    'li',
    { class: 'explained', 'data-line': String(entry.line) },
    el(
      'p',
      { class: 'explained-line' },
      el('span', { class: 'line-no' }, where),
      ' ',
      el('code', {}, entry.quote.text),
    ),
    entry.signatures.length
      ? el(
          'ul',
          { class: 'tried-list', 'aria-label': strings.signaturesTried },
          ...entry.signatures.map((tried) => triedItem(tried, ctx)),
        )
      : el('p', { class: 'missing' }, nothingTried),
  );
}
