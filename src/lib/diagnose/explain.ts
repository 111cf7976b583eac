// SHIPS TO THE BROWSER. Words for what the engine found or lacks, in both languages, shared by
// the widget and the CLI so they say the same thing.
import type { Missing } from './evaluate.ts';
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
