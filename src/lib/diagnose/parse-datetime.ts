// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The date/time column of the viewers' copies (log-formats.md §3): the viewer writes it in the
// console's locale, not in the on-disk form, so one pattern covers the locales people paste:
// US "11/19/2009 11:35:01 AM", ISO-like "2009/11/19 11:35:01" or "2009-11-19 11:35:01", European
// "19.11.2009 11:35:01" or "19/11/2009 11:35:01", Japanese "2009/11/19 午前 11:35:01",
// "2009/11/19 11:35" or "2009年11月19日 11:35:01". Every quantifier is bounded, so a match costs
// the same on any input. The parts are named groups, so the same pattern that recognises a
// column also reads its fields (readViewerDateTime) for the merged timeline.

// The patterns are regex sources. A String.raw template keeps no character beyond ASCII (the
// CLI's bundle escapes every other one, which would change a raw template's text): a plain
// string holds them, or the pattern's own \u escape does.
/** Morning/afternoon markers before or after the time: English, Japanese, Chinese, Korean. */
const MERIDIEM = '(?:AM|PM|A\\.M\\.|P\\.M\\.|午前|午後|上午|下午|오전|오후)';
/** One space between date and time parts; a web copy may turn it into a no-break space. */
const GAP = String.raw`[ \u00A0]`;
/** A numeric date in any order of day, month and year, or the Japanese long form (\u5e74 年, \u6708 月, \u65e5 日). */
const DATE = String.raw`(?:(?<a>\d{1,4})(?<sep>[/.-])(?<b>\d{1,2})[/.-](?<c>\d{1,4})\.?|(?<ky>\d{4})\u5e74(?<km>\d{1,2})\u6708(?<kd>\d{1,2})\u65e5)`;
/** A time with optional seconds and fraction, the meridiem before or after it. */
const TIME = String.raw`(?:(?<m1>${MERIDIEM})${GAP}?)?(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:[.,](?<f>\d{1,3}))?(?:${GAP}?(?<m2>${MERIDIEM}))?`;
const DATE_TIME = `${DATE}${GAP}{1,2}${TIME}`;

// Matches a whole date/time column, e.g. "11/19/2009 11:35:01 AM", "2009/11/19 午前 11:35:01"
const RE_DATE_TIME = new RegExp(`^${DATE_TIME}$`, 'i');

/** DATE_TIME without its group names: a tail is only recognised, and its match then builds no groups object. */
const DATE_TIME_UNNAMED = DATE_TIME.replace(/\(\?<[a-z0-9]+>/g, '(?:');

// Matches a date/time at the end of a short tail, after a column break or the start, e.g.
// "…\t11/19/2009 11:35:01 AM", " 19.11.2009 11:35:01"; group 1 is the date/time
export const RE_DATE_TIME_TAIL = new RegExp(`(?:^|[\\t ])(${DATE_TIME_UNNAMED})$`, 'i');

/** Longest date/time the pattern accepts (with room for a wide gap), to bound tail slices. */
export const MAX_DATE_TIME_CHARS = 48;

/** Whether a column holds a date/time in one of the viewers' locales. */
export function isDateTime(column: string): boolean {
  return column.length <= MAX_DATE_TIME_CHARS && RE_DATE_TIME.test(column);
}

/**
 * How a numeric date with the year last is read: month first (US, "11/19/2009") or day first
 * ("19/11/2009", and always with dots: "19.11.2009"). A date with the year first is read
 * year, month, day whatever the order.
 */
export type DateOrder = 'mdy' | 'dmy';

// Matches an afternoon marker, e.g. "PM", "p.m.", "午後"
const RE_AFTERNOON = /^(?:PM|P\.M\.|午後|下午|오후)$/i;

/** The numeric date of a column as [year, month, day], in `order` when the year is last. */
function dateFields(
  g: Record<string, string | undefined>,
  order: DateOrder,
): [number, number, number] | undefined {
  if (g['ky'] !== undefined) return [Number(g['ky']), Number(g['km']), Number(g['kd'])];
  const [a, b, c] = [g['a'], g['b'], g['c']];
  if (a === undefined || b === undefined || c === undefined) return undefined;
  if (a.length > 2) return [Number(a), Number(b), Number(c)];
  const year = c.length <= 2 ? 2000 + Number(c) - (Number(c) >= 70 ? 100 : 0) : Number(c);
  const dayFirst = g['sep'] === '.' || order === 'dmy' || Number(a) > 12;
  return dayFirst ? [year, Number(b), Number(a)] : [year, Number(a), Number(b)];
}

/** The hour on a 24-hour clock, from a 12-hour one when a meridiem is written. */
function hour24(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  const afternoon = RE_AFTERNOON.test(meridiem);
  return (hour % 12) + (afternoon ? 12 : 0);
}

/** Milliseconds from a fraction as written: "5" → 500, "12" → 120, "123" → 123. */
const fractionMs = (fraction: string | undefined): number =>
  fraction ? Number(fraction.padEnd(3, '0')) : 0;

/**
 * A viewer's date/time as written, in milliseconds since 1970 reading the fields as if they
 * were UTC (the viewer writes local time without an offset); undefined when it is no date/time
 * or names an impossible one (13th month, 31 February, 25 o'clock).
 */
export function readViewerDateTime(column: string, order: DateOrder = 'mdy'): number | undefined {
  const match = column.length <= MAX_DATE_TIME_CHARS ? RE_DATE_TIME.exec(column.trim()) : null;
  const g = match?.groups;
  const date = g && dateFields(g, order);
  if (!g || !date) return undefined;
  const meridiem = g['m1'] ?? g['m2'];
  const hour = Number(g['h']);
  if (meridiem !== undefined && (hour < 1 || hour > 12)) return undefined;
  return utcFields(
    date[0],
    date[1],
    date[2],
    hour24(hour, meridiem),
    Number(g['min']),
    Number(g['s'] ?? 0),
    fractionMs(g['f']),
  );
}

/** Date.UTC of the fields, or undefined when one is out of range (no rolling into the next month). */
export function utcFields(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/**
 * The order a file's numeric dates are written in: day first when one of them can only be read
 * that way ("19/11/2009"), else month first, the US form of every verified copy.
 */
export function dateOrderOf(columns: Iterable<string>): DateOrder {
  for (const column of columns) {
    const g =
      column.length <= MAX_DATE_TIME_CHARS ? RE_DATE_TIME.exec(column.trim())?.groups : undefined;
    const a = g?.['a'];
    if (g && a !== undefined && a.length <= 2 && g['sep'] !== '.' && Number(a) > 12) return 'dmy';
  }
  return 'mdy';
}
