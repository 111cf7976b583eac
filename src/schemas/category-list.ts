// SHIPS TO THE BROWSER (in the widget's worker, through the draft's hints): the category ids
// without zod, which categories.ts wraps in its schema.

/** Article categories, in the order the home page shows them. Labels live in src/i18n/. */
export const CATEGORIES = [
  'prerequisites',
  'connection',
  'name-resolution',
  'redirection',
  'amt-settings',
  'performance',
] as const;
