// Number formats of the report.

/** An integer with thousands separators, e.g. 1,234. */
export const int = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';

/** A number with fixed decimals, e.g. 12.3. */
export const fixed = (n: number, digits = 1): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

/** Milliseconds, e.g. 1,234 ms. */
export const ms = (n: number): string => `${int(n)} ms`;

/** A ratio, e.g. 0.52×. */
export const times = (n: number): string => `${fixed(n, 2)}×`;

/** Kilobytes as megabytes, e.g. 512 MB; n/a when unknown. */
export const mbOfKb = (kb: number | undefined): string =>
  kb === undefined || !Number.isFinite(kb) ? 'n/a' : `${int(kb / 1024)} MB`;

/** A met / not met verdict. */
export const verdict = (met: boolean | undefined): string =>
  met === undefined ? 'NOT MEASURED' : met ? 'MET' : 'NOT MET';

/** The longest long task, or that there was none (the API reports only tasks over 50 ms). */
export const longest = (values: readonly number[]): string =>
  values.length ? ms(Math.max(...values)) : 'none over 50 ms';
