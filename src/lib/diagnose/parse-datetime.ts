// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// The date/time column of the viewers' copies (log-formats.md §3): the viewer writes it in the
// console's locale, not in the on-disk form, so one pattern covers the locales people paste:
// US "11/19/2009 11:35:01 AM", ISO-like "2009/11/19 11:35:01" or "2009-11-19 11:35:01", European
// "19.11.2009 11:35:01" or "19/11/2009 11:35:01", Japanese "2009/11/19 午前 11:35:01",
// "2009/11/19 11:35" or "2009年11月19日 11:35:01". Every quantifier is bounded, so a match costs
// the same on any input.

/** Morning/afternoon markers before or after the time: English, Japanese, Chinese, Korean. */
const MERIDIEM = String.raw`(?:AM|PM|A\.M\.|P\.M\.|午前|午後|上午|下午|오전|오후)`;
/** One space between date and time parts; a web copy may turn it into a no-break space. */
const GAP = String.raw`[ \u00A0]`;
/** A numeric date in any order of day, month and year, or the Japanese long form. */
const DATE = String.raw`(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\.?|\d{4}年\d{1,2}月\d{1,2}日)`;
/** A time with optional seconds and fraction, the meridiem before or after it. */
const TIME = String.raw`(?:${MERIDIEM}${GAP}?)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:${GAP}?${MERIDIEM})?`;
const DATE_TIME = `${DATE}${GAP}{1,2}${TIME}`;

// Matches a whole date/time column, e.g. "11/19/2009 11:35:01 AM", "2009/11/19 午前 11:35:01"
const RE_DATE_TIME = new RegExp(`^${DATE_TIME}$`, 'i');

// Matches a date/time at the end of a short tail, after a column break or the start, e.g.
// "…\t11/19/2009 11:35:01 AM", " 19.11.2009 11:35:01"; group 1 is the date/time
export const RE_DATE_TIME_TAIL = new RegExp(`(?:^|[\\t ])(${DATE_TIME})$`, 'i');

/** Longest date/time the pattern accepts (with room for a wide gap), to bound tail slices. */
export const MAX_DATE_TIME_CHARS = 48;

/** Whether a column holds a date/time in one of the viewers' locales. */
export function isDateTime(column: string): boolean {
  return column.length <= MAX_DATE_TIME_CHARS && RE_DATE_TIME.test(column);
}
