// SHIPS TO THE BROWSER (in the widget's worker, for drafts). Pure: no DOM, no node:*, no astro:*.
// The mark of a part of an article still to be written. `oobkb new`, `oobkb draft` and the widget's
// draft put it where a fact or a text is needed; the content reader (load-fs.ts) refuses every
// value and every body section that still holds it, naming the file and the field, so a
// half-written article cannot land.

/** The token every placeholder starts with, e.g. "TODO(oobkb): the problem as the administrator sees it". */
export const PLACEHOLDER = 'TODO(oobkb)';

/** A placeholder with what to write in its place. */
export const placeholder = (hint: string): string => `${PLACEHOLDER}: ${hint}`;

/** Whether a text still holds a placeholder. */
export const holdsPlaceholder = (text: string): boolean => text.includes(PLACEHOLDER);

/** One value that is still a placeholder: its path in the data and its text. */
export interface PlaceholderValue {
  path: (string | number)[];
  text: string;
}

/** Every string in parsed YAML data that holds a placeholder, with its path (keys and indexes). */
export function placeholderValues(
  data: unknown,
  path: (string | number)[] = [],
): PlaceholderValue[] {
  if (typeof data === 'string') return holdsPlaceholder(data) ? [{ path, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderValues(item, [...path, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => placeholderValues(value, [...path, key]));
  return [];
}

// Matches a level-2 heading of an MDX body, e.g. "## How to confirm"
const RE_H2 = /^##[ \t]+(.+?)[ \t]*$/;

/** The placeholders of an MDX body: each with the `##` section it stands in ('' before the first). */
export function bodyPlaceholders(body: string): { section: string; text: string }[] {
  let section = '';
  return body.split('\n').flatMap((line) => {
    const heading = RE_H2.exec(line);
    if (heading) section = heading[1]!;
    const at = line.indexOf(PLACEHOLDER);
    return at < 0 ? [] : [{ section, text: line.slice(at).trim() }];
  });
}
