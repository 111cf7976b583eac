import type { Category } from '../schemas/categories.ts';
import type { Lang } from '../schemas/languages.ts';
import type { MACHINES } from '../schemas/log-file.ts';
import type { Version } from '../schemas/versions.ts';

type Machine = (typeof MACHINES)[number];

/** Every string the pages show, per language. `satisfies` keeps the two languages in step. */
export const UI = {
  ja: {
    siteName: 'oobkb',
    siteTagline: 'ConfigMgr 2007 帯域外管理 (Intel AMT) トラブルシューティング',
    skipToContent: '本文へ移動',
    home: 'ホーム',
    articles: '記事一覧',
    diagnose: 'ログ診断',
    search: '検索',
    otherLanguage: 'English',
    symptoms: '症状',
    related: '関連記事',
    onThisPage: 'この記事の内容',
    appliesTo: '対象バージョン',
    logFiles: 'ログ ファイル',
    errorCodes: 'エラー コード',
    statusMessages: 'ステータス メッセージ',
    category: 'カテゴリ',
    versionNotes: 'バージョンによる違い',
    copy: 'コピー',
    copied: 'コピーしました',
    browseByCategory: 'カテゴリから探す',
    browseBySymptom: '症状から探す',
    commonCodes: 'よく見るエラー コード',
    diagnoseEntry: 'ログを貼り付けて診断',
    diagnoseEntryText:
      'Oobconsole.log や amtopmgr.log の行を貼り付けるか、ログ ファイルを開くと、該当する記事と根拠の行を示します。ログはブラウザーの外に送信されません。',
    allArticles: 'すべての記事',
    articleCount: (n: number) => `${n} 件の記事`,
    homeIntro:
      'Configuration Manager 2007 (SP1、SP2、R2、R3) の帯域外管理コンソールで Intel AMT (vPro) コンピューターを管理するときの問題を、症状・ログ・エラー コードから解決します。',
    chooseLanguage: '言語を選択',
    machine: { 'site-server': 'サイト サーバー (帯域外サービス ポイント)', console: '帯域外管理コンソールを実行するコンピューター', client: 'AMT ベースのコンピューター (ConfigMgr クライアント)' } satisfies Record<Machine, string>,
    categories: {
      prerequisites: '前提条件とサポート対象',
      connection: '接続とコンソール',
      'name-resolution': '名前解決と FQDN',
      redirection: 'Serial over LAN と IDE リダイレクト',
      'amt-settings': 'AMT 設定とクライアント',
      performance: 'パフォーマンス',
    } satisfies Record<Category, string>,
    versions: { sp1: 'ConfigMgr 2007 SP1', sp2: 'ConfigMgr 2007 SP2', r2: 'ConfigMgr 2007 R2', r3: 'ConfigMgr 2007 R3' } satisfies Record<Version, string>,
  },
  en: {
    siteName: 'oobkb',
    siteTagline: 'ConfigMgr 2007 Out of Band Management (Intel AMT) troubleshooting',
    skipToContent: 'Skip to content',
    home: 'Home',
    articles: 'Articles',
    diagnose: 'Diagnose a log',
    search: 'Search',
    otherLanguage: '日本語',
    symptoms: 'Symptoms',
    related: 'Related articles',
    onThisPage: 'On this page',
    appliesTo: 'Applies to',
    logFiles: 'Log files',
    errorCodes: 'Error codes',
    statusMessages: 'Status messages',
    category: 'Category',
    versionNotes: 'Differences between versions',
    copy: 'Copy',
    copied: 'Copied',
    browseByCategory: 'Browse by category',
    browseBySymptom: 'Browse by symptom',
    commonCodes: 'Common error codes',
    diagnoseEntry: 'Paste a log to diagnose it',
    diagnoseEntryText:
      'Paste lines from Oobconsole.log or amtopmgr.log, or open a log file, to get the matching article and the lines that prove it. The log never leaves your browser.',
    allArticles: 'All articles',
    articleCount: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
    homeIntro:
      'Fix problems with the out of band management console of Configuration Manager 2007 (SP1, SP2, R2, R3) when it manages Intel AMT (vPro) computers: start from a symptom, a log line or an error code.',
    chooseLanguage: 'Choose a language',
    machine: { 'site-server': 'Site server (out of band service point)', console: 'Computer running the out of band management console', client: 'AMT-based computer (ConfigMgr client)' } satisfies Record<Machine, string>,
    categories: {
      prerequisites: 'Prerequisites and supported platforms',
      connection: 'Connection and console',
      'name-resolution': 'Name resolution and FQDN',
      redirection: 'Serial over LAN and IDE redirection',
      'amt-settings': 'AMT settings and clients',
      performance: 'Performance',
    } satisfies Record<Category, string>,
    versions: { sp1: 'ConfigMgr 2007 SP1', sp2: 'ConfigMgr 2007 SP2', r2: 'ConfigMgr 2007 R2', r3: 'ConfigMgr 2007 R3' } satisfies Record<Version, string>,
  },
} satisfies Record<Lang, unknown>;

export type UiStrings = (typeof UI)['ja'];
export const t = (lang: Lang): UiStrings => UI[lang] as UiStrings;

/** The section headings of an article body, per language; the content checks require them in order. */
export const BODY_SECTIONS = {
  ja: ['原因', '確認方法', '解決方法'],
  en: ['Cause', 'How to confirm', 'Resolution'],
} as const satisfies Record<Lang, readonly string[]>;
