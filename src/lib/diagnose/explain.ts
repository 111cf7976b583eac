// SHIPS TO THE BROWSER. Words for what the engine found or lacks, and for why each signature tried
// did or did not fire (oobkb explain, the Explain view), in both languages, shared by the widget and
// the CLI so they say the same thing.
import type { Missing, Rejection } from './evaluate.ts';
import type { Part, TriedSignature, Verdict } from './explain-entries.ts';
import type { IndexLang } from './signature-index.ts';

/** One missing part of a partial match, as a sentence fragment. */
export function describeMissing(missing: Missing, lang: IndexLang): string {
  const ja = lang === 'ja';
  switch (missing.kind) {
    case 'message':
      return ja
        ? `メッセージ「${missing.expected}」がありません`
        : `the message "${missing.expected}" is not there`;
    case 'code':
      return ja
        ? `エラー コード ${missing.expected} がありません`
        : `error code ${missing.expected} is not there`;
    case 'status':
      return ja
        ? `ステータス メッセージ ID ${missing.expected} がありません`
        : `status message ID ${missing.expected} is not there`;
    case 'context':
      return ja
        ? `帯域外管理コンソールの文脈 (${missing.expected.join('、')} のいずれか) がありません`
        : `no out of band console context (none of: ${missing.expected.join(', ')})`;
    case 'log':
      return ja
        ? `このシグネチャは ${missing.expected} に書かれますが、ファイルは ${missing.found} です`
        : `this signature is written to ${missing.expected}, but the file is ${missing.found}`;
  }
}

/** "code 0x80004005 found, but no out of band console context" — the lead of a possible match. */
export function describePartial(found: string[], missing: Missing[], lang: IndexLang): string {
  const lacks = missing.map((m) => describeMissing(m, lang)).join(lang === 'ja' ? '。' : '; ');
  if (!found.length) return lacks;
  return lang === 'ja'
    ? `${found.join('、')} は見つかりましたが、${lacks}`
    : `${found.join(', ')} found, but ${lacks}`;
}

/** A part of a signature, as a noun phrase: what `oobkb explain` and the Explain view tick or cross. */
export function describePart(part: Part, lang: IndexLang): string {
  const ja = lang === 'ja';
  switch (part.kind) {
    case 'message':
      return ja ? `メッセージ「${part.expected}」` : `the message "${part.expected}"`;
    case 'code':
      return ja ? `エラー コード ${part.expected}` : `error code ${part.expected}`;
    case 'status':
      return ja
        ? `ステータス メッセージ ID ${part.expected}`
        : `status message ID ${part.expected}`;
    case 'component':
      return ja ? `コンポーネント ${part.expected}` : `component ${part.expected}`;
    case 'context':
      return ja
        ? `帯域外管理コンソールの文脈 (${part.expected.join('、')} のいずれか)`
        : `out of band console context (one of: ${part.expected.join(', ')})`;
    case 'log':
      return ja ? `${part.expected} のエントリ` : `an entry of ${part.expected}`;
  }
}

/** Why a tried signature cannot be the entry, as a sentence fragment. */
export function describeRejection(rejection: Rejection, lang: IndexLang): string {
  const ja = lang === 'ja';
  switch (rejection.kind) {
    case 'component':
      return ja
        ? `エントリを書いたのは ${rejection.found} ですが、このシグネチャのコンポーネントは ${rejection.expected} です`
        : `the entry was written by ${rejection.found}, but this signature's component is ${rejection.expected}`;
    case 'entry-log':
      return ja
        ? `エントリのコンポーネントは ${rejection.found} に書き込みますが、このシグネチャは ${rejection.expected} に書かれます`
        : `the entry's component writes ${rejection.found}, but this signature is written to ${rejection.expected}`;
    case 'no-part':
      return ja
        ? 'メッセージ、エラー コード、ステータス メッセージ ID のどれもエントリにありません'
        : 'none of its message, error code or status message ID is in the entry';
  }
}

/** A verdict in words: strong fires, possible is close, rejected cannot be the entry. */
export function describeVerdict(verdict: Verdict, lang: IndexLang): string {
  const words = {
    ja: { strong: '一致', possible: '可能性あり (近いが不足あり)', rejected: '対象外' },
    en: {
      strong: 'strong match',
      possible: 'possible match (close, parts missing)',
      rejected: 'rejected',
    },
  } satisfies Record<IndexLang, Record<Verdict, string>>;
  return words[lang][verdict];
}

/** Said of an entry for which no signature was tried. */
export function describeNothingTried(lang: IndexLang): string {
  return lang === 'ja'
    ? 'シグネチャは試されていません: どのシグネチャのメッセージ、エラー コード、ステータス メッセージ ID もこのエントリにありません'
    : "no signature was tried: no signature's message, error code or status message ID is in this entry";
}

/** A tried signature in words, the same for the CLI and the Explain view. */
export interface TriedInWords {
  signature: string;
  article: string;
  verdict: Verdict;
  /** The verdict in words. */
  verdictText: string;
  parts: { holds: boolean; text: string }[];
  /** What a possible match lacks, as describeMissing() says it in a diagnosis. */
  missing: string[];
  /** Why a rejected signature cannot be the entry. */
  reason?: string;
}

/** Words for one tried signature. */
export function describeTried(tried: TriedSignature, lang: IndexLang): TriedInWords {
  const reason = tried.rejected ? describeRejection(tried.rejected, lang) : undefined;
  return {
    signature: tried.signature,
    article: tried.article,
    verdict: tried.verdict,
    verdictText: describeVerdict(tried.verdict, lang),
    parts: tried.parts.map(({ part, holds }) => ({ holds, text: describePart(part, lang) })),
    missing: tried.missing.map((m) => describeMissing(m, lang)),
    ...(reason ? { reason } : {}),
  };
}
