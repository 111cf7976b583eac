// SHIPS TO THE BROWSER (pure). Compiles the knowledge base's facts into the static SignatureIndex.
import { foldPattern } from './aho-corasick.ts';
import { parseCode } from './codes.ts';
import type {
  IndexedArticle,
  IndexedSignature,
  IndexLang,
  SignatureIndex,
} from './signature-index.ts';
import { compileDescriptionIndex, type DescriptionFields } from './description-index.ts';

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
    samples: readonly string[];
  }[];
  texts: Record<IndexLang, DescriptionFields>;
}

export interface CompileInput {
  articles: CompileArticle[];
  logs: { id: string; component?: string | undefined }[];
  codes: { id: string; names: string[]; message: Record<IndexLang, string> }[];
}

function compileSignature(
  signature: CompileArticle['signatures'][number],
  article: number,
): IndexedSignature {
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
    sample: signature.samples[0] ?? '',
  };
}

/** The index of a knowledge base; deterministic for the same input. */
export function compileIndex(input: CompileInput): SignatureIndex {
  const articles: IndexedArticle[] = input.articles.map((a) => ({
    slug: a.slug,
    title: { ja: a.texts.ja.title, en: a.texts.en.title },
    related: a.related,
    codes: a.codes,
  }));
  const descriptions = (lang: IndexLang) =>
    compileDescriptionIndex(input.articles.map((a) => a.texts[lang]));
  return {
    format: 2,
    articles,
    signatures: input.articles.flatMap((a, i) => a.signatures.map((s) => compileSignature(s, i))),
    componentLogs: Object.fromEntries(
      input.logs.filter((l) => l.component).map((l) => [l.component!.toUpperCase(), l.id]),
    ),
    logs: input.logs.map((l) => l.id),
    codes: Object.fromEntries(
      input.codes.map((c) => [c.id, { names: c.names, message: c.message }]),
    ),
    descriptions: { ja: descriptions('ja'), en: descriptions('en') },
  };
}
