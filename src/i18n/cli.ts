// The command line's words in both languages (oobkb diagnose, code, timeline, show).
import type { Severity } from '../lib/diagnose/types.ts';
import type { LocalBiasSource } from '../lib/diagnose/timeline.ts';
import { bilingual } from './bilingual.ts';

export const CLI_STRINGS = bilingual({
  ja: {
    notices: {
      empty: '入力が空です。',
      'no-match': 'このログに該当する記事はありません。',
      failed: 'ログを診断できませんでした。',
    },
    searchOffer:
      'この説明と意味のある語を共有する記事はありません。同じ語でサイト内を検索してください:',
    searchPathHint: '(サイト上のパス。--site URL か OOBKB_SITE を指定するとリンクになります)',
    moreEvidence: (n: number) => `… ほかに ${n} 件の一致するエントリ`,
    entries: (n: number) => `${n} 件のエントリ`,
    streamed: (lines: number, bytes: number, parsed: number) =>
      `${lines} 行 (${Math.round(bytes / 1048576)} MB) をストリームで読み、一致の前後の ${parsed} 件のエントリを解析`,
    files: (n: number) => `${n} ファイル`,
    skipped: (other: number, binary: number) =>
      `(フォルダー内の ${other} 個のログ以外のファイルと ${binary} 個のバイナリ ファイルを読み飛ばしました)`,
    window: (kept: number, of: number, untimed: number) =>
      `(--since/--until の範囲内: ${of} 件中 ${kept} 件。時刻のない ${untimed} 件は除外)`,
    explainHeadline: (files: string, entries: number, explained: number) =>
      `${files}: ${entries} 件のエントリのうち ${explained} 件を説明します (エラー、警告、エラー コードのあるもの、シグネチャを試したもの)`,
    nothingToExplain:
      '説明するエントリはありません (エラー、警告、エラー コード、シグネチャの一部を含むエントリがありません)。',
    lacks: '不足',
    sharedWords: '一致した語',
    errorCodes: 'エラー コード:',
    notInCatalogue: '(カタログにない コード)',
    facts: '情報',
    onTheSite: 'サイト: ',
    // Padded to one width: a Japanese character takes two columns.
    severities: { error: 'エラー ', warning: '警告   ', info: '情報   ' } satisfies Record<
      Severity,
      string
    >,
    timelineHeader: (files: number, total: number, shown: number, all: boolean) =>
      `${files} ファイルの ${total} 件のエントリを時刻順に表示: ${shown} 件${all ? '' : ' (エラーと警告のみ。--all ですべて表示)'}`,
    localTimes: (offset: string, from: LocalBiasSource) =>
      `オフセットのない時刻 ("local") は ${offset} の現地時刻として並べています (${from === 'logs' ? 'ほかのログに最も多いオフセット' : from === 'given' ? '--local-bias の指定' : 'オフセットを記録したログがないため UTC と同じ扱い'})。`,
  },
  en: {
    notices: {
      empty: 'The input is empty.',
      'no-match': 'No article matches this log.',
      failed: 'The log could not be diagnosed.',
    },
    searchOffer:
      'No article shares a meaningful word with this description. Try the site search with the same words:',
    searchPathHint: '(a path on the site: --site URL or OOBKB_SITE makes it a link)',
    moreEvidence: (n: number) => `… and ${n} more matching ${n === 1 ? 'entry' : 'entries'}`,
    entries: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
    streamed: (lines: number, bytes: number, parsed: number) =>
      `${lines} lines (${Math.round(bytes / 1048576)} MB) streamed; ${parsed} ${parsed === 1 ? 'entry' : 'entries'} around matches parsed`,
    files: (n: number) => `${n} files`,
    skipped: (other: number, binary: number) =>
      `(skipped in folders: ${other} other ${other === 1 ? 'file' : 'files'}, ${binary} binary)`,
    window: (kept: number, of: number, untimed: number) =>
      `(within --since/--until: ${kept} of ${of} entries; ${untimed} without a time left out)`,
    explainHeadline: (files: string, entries: number, explained: number) =>
      `${files}: ${explained} of ${entries} ${entries === 1 ? 'entry' : 'entries'} explained (errors, warnings, entries with an error code or a signature tried)`,
    nothingToExplain:
      'Nothing to explain: no entry has an error, a warning, an error code or a part of a signature.',
    lacks: 'missing',
    sharedWords: 'shared words',
    errorCodes: 'Error codes:',
    notInCatalogue: '(not in the catalogue)',
    facts: 'Facts',
    onTheSite: 'On the site: ',
    severities: { error: 'error  ', warning: 'warning', info: 'info   ' } satisfies Record<
      Severity,
      string
    >,
    timelineHeader: (files: number, total: number, shown: number, all: boolean) =>
      `${total} entries of ${files} ${files === 1 ? 'file' : 'files'} in time order: ${shown} shown${all ? '' : ' (errors and warnings; --all shows every entry)'}`,
    localTimes: (offset: string, from: LocalBiasSource) =>
      `Times without an offset ("local") are placed as local time at ${offset} (${from === 'logs' ? 'the offset the other logs state most' : from === 'given' ? 'from --local-bias' : 'no log states an offset, so as if UTC'}).`,
  },
});
