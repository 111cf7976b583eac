import type { Lang } from './languages.ts';

/** The `##` sections every article body has, in this order, per language (a content rule). */
export const BODY_SECTIONS = {
  ja: ['原因', '確認方法', '解決方法'],
  en: ['Cause', 'How to confirm', 'Resolution'],
} as const satisfies Record<Lang, readonly string[]>;
