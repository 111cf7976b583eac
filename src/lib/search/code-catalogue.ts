// SHIPS TO THE BROWSER (types only). The shape of /{lang}/codes.json, which the search page
// fetches only when a query is an error code: what the code card shows beyond the decoded fields.

/** One code the knowledge base knows. */
export interface CodeCardEntry {
  /** Symbolic names, most specific first, e.g. ["ERROR_WINHTTP_INVALID_OPTION"]. */
  names: string[];
  /** The standard message in the page's language. */
  message?: string;
  /** Where a code that is not an HRESULT comes from. */
  origin?: string;
  /** Articles that involve the code: slug and title. */
  articles: { slug: string; title: string }[];
}

/** /{lang}/codes.json: canonical code → entry. */
export type CodeCatalogueJson = Record<string, CodeCardEntry>;
