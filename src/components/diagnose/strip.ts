// SHIPS TO THE BROWSER (loaded on first use). Draws the time strip the worker computed: an SVG with
// a row per file (errors and warnings per part of the span, a line where each evidence entry falls),
// and its text alternative, visible beside it: the span and each file's counts and evidence times.
// Built with createElementNS and classes only: no innerHTML, no style attribute (the site's CSP), and
// the colours are the theme's custom properties (global.css), so light and dark both hold.
import type { TimeStrip, WidgetResult } from '../../lib/diagnose-worker/protocol.ts';
import type { WidgetStrings } from '../../i18n/widget.ts';
import { el, svg } from '../element.ts';
import { stripLayout, type RowLayout } from './strip-geometry.ts';

/** Numbers the strips of a page, for their title and description ids. */
let strips = 0;

const percent = (n: number) => `${n}%`;

function rowNode(layout: RowLayout, name: string, trackHeight: number): SVGGElement {
  return svg(
    'g',
    { class: 'strip-row', 'data-file': name },
    svg('text', { class: 'strip-label', x: '0', y: String(layout.labelY) }, name),
    svg('rect', {
      class: 'strip-track',
      x: '0',
      y: String(layout.trackY),
      width: '100%',
      height: String(trackHeight),
    }),
    ...layout.bars.map((bar) =>
      svg('rect', {
        class: `strip-bar strip-bar--${bar.kind}`,
        x: percent(bar.x),
        y: String(bar.y),
        width: percent(bar.width),
        height: String(bar.height),
      }),
    ),
    ...layout.marks.map((mark) =>
      svg('line', {
        class: 'strip-mark',
        x1: percent(mark.x),
        x2: percent(mark.x),
        y1: String(mark.y1),
        y2: String(mark.y2),
      }),
    ),
  );
}

/** Each file's counts and evidence times, as sentences. */
function rowFacts(strip: TimeStrip, strings: WidgetStrings): string[] {
  return strip.rows.map((row) => {
    const name = row.name || strings.pastedText;
    const counts = strings.stripRow(name, row.timed, row.errorCount, row.warningCount);
    const marks = row.marks.map((m) => strings.stripMark(m.time, m.line, m.title));
    return marks.length ? `${counts}${strings.stripEvidence(marks)}` : counts;
  });
}

/** The strip with its heading, span, legend and per-file facts. */
export function timeStrip(strip: TimeStrip, strings: WidgetStrings): HTMLElement {
  const id = `time-strip-${++strips}`;
  const layout = stripLayout(strip);
  const span = strings.stripSpan(strip.from, strip.to, strip.offset);
  const [errors, warnings, evidence] = strings.stripLegend;
  const picture = svg(
    'svg',
    {
      class: 'strip',
      role: 'img',
      width: '100%',
      height: String(layout.height),
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
    },
    svg('title', { id: `${id}-title` }, strings.stripTitle(strip.rows.length)),
    svg('desc', { id: `${id}-desc` }, span),
    ...layout.rows.map((row, i) =>
      rowNode(row, strip.rows[i]!.name || strings.pastedText, layout.trackHeight),
    ),
  );
  return el(
    'section',
    { class: 'time-strip' },
    el('h3', {}, strings.stripHeading),
    el('p', { class: 'strip-span' }, span),
    strip.assumed &&
      strip.offset &&
      el('p', { class: 'strip-note' }, strings.stripAssumed(strip.offset)),
    el(
      'p',
      { class: 'strip-legend' },
      el('span', { class: 'swatch swatch--error' }),
      ` ${errors} `,
      el('span', { class: 'swatch swatch--warning' }),
      ` ${warnings} `,
      el('span', { class: 'swatch swatch--mark' }),
      ` ${evidence}`,
    ),
    picture,
    el(
      'div',
      { class: 'strip-axis', 'aria-hidden': 'true' },
      el('span', {}, strip.from),
      el('span', {}, strip.to),
    ),
    el(
      'ul',
      { class: 'strip-facts' },
      ...rowFacts(strip, strings).map((fact) => el('li', {}, fact)),
    ),
  );
}

/**
 * The strip of an answer; or, for log entries without any time, why there is none; nothing for a
 * described problem, whose words have no time to show.
 */
export function stripSection(result: WidgetResult, strings: WidgetStrings): HTMLElement[] {
  if (result.strip) return [timeStrip(result.strip, strings)];
  if (result.streamed) return [el('p', { class: 'no-strip' }, strings.streamedNoStrip)];
  const described = result.searchQuery || result.matches.some((m) => m.via === 'symptoms');
  return result.entries && !described ? [el('p', { class: 'no-strip' }, strings.noStrip)] : [];
}
