// SHIPS TO THE BROWSER. The static index that the site build writes (diagnose-index.json) and the
// CLI compiles on start: everything the engine needs to know about the knowledge base, and nothing
// else. Plain JSON, so the browser fetches it only when a person diagnoses a log.
import type { DescriptionIndex } from './description-index.ts';

export type IndexLang = 'ja' | 'en';

export interface IndexedArticle {
  slug: string;
  title: Record<IndexLang, string>;
  related: string[];
  /** Canonical codes the article involves (facts.codes). */
  codes: string[];
}

export interface IndexedSignature {
  id: string;
  /** Index into `articles`. */
  article: number;
  log: string;
  /** Folded literal variants; any one identifies the entry. */
  messages: string[];
  /** Unsigned 32-bit code value. */
  code?: number;
  component?: string;
  statusMessageId?: number;
  /** Folded words, one of which must appear somewhere in the log for a strong match. */
  context: string[];
  /** Its first sample as written: a near miss that a new article's draft can offer (authoring/draft.ts). */
  sample: string;
}

export interface IndexedCode {
  names: string[];
  message: Record<IndexLang, string>;
}

export interface SignatureIndex {
  format: 2;
  articles: IndexedArticle[];
  signatures: IndexedSignature[];
  /** Component name (upper case) → the log id that component writes, from the log catalogue. */
  componentLogs: Record<string, string>;
  /** Log ids (lower-case file names) of the catalogue. */
  logs: string[];
  /** Canonical code (0x80072EE9) → catalogue entry. */
  codes: Record<string, IndexedCode>;
  /** Per language, the BM25F postings that rank a described problem (description-index.ts). */
  descriptions: Record<IndexLang, DescriptionIndex>;
}
