// SHIPS TO THE BROWSER (search page only). The search UI's words in both languages.
import { bilingual } from './bilingual.ts';

/** The search UI's strings, per language. */
export const STRINGS = bilingual({
  ja: {
    results: (n: number, q: string) => (q ? `「${q}」の検索結果: ${n} 件` : `${n} 件`),
    noResults: (q: string) => `「${q}」に一致するページはありません。`,
    more: (n: number) => `さらに ${n} 件を表示`,
    failed: '検索を読み込めませんでした。ページを再読み込みしてください。',
    codeCard: 'エラー コード',
    severity: '重大度',
    facility: 'ファシリティ',
    code: 'コード',
    win32: 'Win32 エラー コード',
    articlesInvolving: 'このコードが関係する記事',
    noArticles: 'このコードを扱う記事はまだありません。',
    unknownCode: 'ナレッジ ベースのカタログにないコードです。',
    codePage: 'コードの詳細',
  },
  en: {
    results: (n: number, q: string) =>
      q ? `${n} result${n === 1 ? '' : 's'} for “${q}”` : `${n} result${n === 1 ? '' : 's'}`,
    noResults: (q: string) => `No page matches “${q}”.`,
    more: (n: number) => `Show ${n} more`,
    failed: 'Search could not load. Reload the page to try again.',
    codeCard: 'Error code',
    severity: 'Severity',
    facility: 'Facility',
    code: 'Code',
    win32: 'Win32 error code',
    articlesInvolving: 'Articles that involve this code',
    noArticles: 'No article covers this code yet.',
    unknownCode: 'This code is not in the knowledge base catalogue.',
    codePage: 'Code details',
  },
});

/** The strings of one language. */
export type SearchStrings = (typeof STRINGS)['en'];
