// SHIPS TO THE BROWSER (pure). Compiles the knowledge base's facts into the static SignatureIndex.
import { foldPattern } from './aho-corasick.ts';
import { parseCode } from './codes.ts';
import type { IndexLang, IndexedArticle, IndexedSignature, SignatureIndex } from './signature-index.ts';
import { symptomTerms } from './symptom-terms.ts';

/** What compiling needs of one article: its facts and, per language, the words a person reads. */
export interface CompileArticle {
  slug: string;
  related: string[];
  codes: string[];
  signatures: {
    id: string;
    log: string;
    message?: { text: string }[] | undefined;
    code?: string | undefined;
    component?: string | undefined;
    statusMessageId?: number | undefined;
    context?: string[] | undefined;
  }[];
  texts: Record<IndexLang, { title: string; summary: string; symptoms: string[] }>;
}

export interface CompileInput {
  articles: CompileArticle[];
  logs: { id: string; component?: string | undefined }[];
  codes: { id: string; names: string[]; message: Record<IndexLang, string> }[];
}

// Titles and symptoms say what a person sees; they weigh more than the summary.
const TITLE_WEIGHT = 2;
const SYMPTOM_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;

function articleTerms(article: CompileArticle): Record<string, number> {
  const weights: Record<string, number> = {};
  const add = (text: string, weight: number) => {
    for (const term of new Set(symptomTerms(text))) weights[term] = Math.max(weights[term] ?? 0, weight);
  };
  for (const text of Object.values(article.texts)) {
    add(text.title, TITLE_WEIGHT);
    for (const symptom of text.symptoms) add(symptom, SYMPTOM_WEIGHT);
    add(text.summary, SUMMARY_WEIGHT);
  }
  return weights;
}

function inverseDocumentFrequency(articles: IndexedArticle[]): Record<string, number> {
  const documents: Record<string, number> = {};
  for (const article of articles) for (const term of Object.keys(article.terms)) documents[term] = (documents[term] ?? 0) + 1;
  const idf: Record<string, number> = {};
  for (const [term, count] of Object.entries(documents)) idf[term] = Math.log(1 + articles.length / count);
  return idf;
}

function compileSignature(signature: CompileArticle['signatures'][number], article: number): IndexedSignature {
  const code = signature.code === undefined ? undefined : parseCode(signature.code);
  return {
    id: signature.id,
    article,
    log: signature.log,
    messages: (signature.message ?? []).map((m) => foldPattern(m.text)),
    ...(code === undefined ? {} : { code }),
    ...(signature.component ? { component: signature.component.toUpperCase() } : {}),
    ...(signature.statusMessageId ? { statusMessageId: signature.statusMessageId } : {}),
    context: (signature.context ?? []).map(foldPattern),
  };
}

/** The index of a knowledge base; deterministic for the same input. */
export function compileIndex(input: CompileInput): SignatureIndex {
  const articles: IndexedArticle[] = input.articles.map((a) => ({
    slug: a.slug,
    title: { ja: a.texts.ja.title, en: a.texts.en.title },
    related: a.related,
    codes: a.codes,
    terms: articleTerms(a),
  }));
  return {
    format: 1,
    articles,
    signatures: input.articles.flatMap((a, i) => a.signatures.map((s) => compileSignature(s, i))),
    componentLogs: Object.fromEntries(input.logs.filter((l) => l.component).map((l) => [l.component!.toUpperCase(), l.id])),
    logs: input.logs.map((l) => l.id),
    codes: Object.fromEntries(input.codes.map((c) => [c.id, { names: c.names, message: c.message }])),
    idf: inverseDocumentFrequency(articles),
  };
}
