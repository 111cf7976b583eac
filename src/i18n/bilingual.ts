// SHIPS TO THE BROWSER (a few bytes). Every string table of the site is written with bilingual():
// the English table sets the keys and their types, and the Japanese one must have exactly the
// same keys (a key missing or added in one language is a type error in `astro check`; a check
// compiles a fixture that shows it).

/** Both languages of one string table, with the same keys at every level. */
export const bilingual = <T extends object>(strings: { ja: NoInfer<T>; en: T }): { ja: T; en: T } =>
  strings;
