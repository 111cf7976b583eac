// SHIPS TO THE BROWSER (in the widget's worker, for drafts). Pure. The few YAML forms a skeleton
// writes, so that the worker needs no YAML library: plain words where YAML reads them as strings,
// and JSON's double-quoted strings elsewhere (valid YAML 1.2, escapes included: tabs stay "\t").

// Matches a word YAML reads as a plain string, e.g. "oobconsole.log", "sp2" (not "0x2", not "yes")
const RE_PLAIN = /^[a-z][a-z0-9._-]*$/i;
// Matches the words YAML 1.1 readers take for booleans or null, e.g. "yes", "Off"
const RE_RESERVED = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/** A string as a YAML scalar: plain when safe, else double-quoted. */
export const scalar = (value: string): string =>
  RE_PLAIN.test(value) && !RE_RESERVED.test(value) ? value : JSON.stringify(value);

/** A flow list of strings or numbers, e.g. [sp1, sp2] or ["0x80072EE9"]. */
export const flowList = (values: readonly (string | number)[]): string =>
  `[${values.map((v) => (typeof v === 'number' ? String(v) : scalar(v))).join(', ')}]`;

/** A comment line at an indent; line breaks inside the text become spaces. */
export const comment = (indent: string, text: string): string =>
  `${indent}# ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
