// The command line's words in both languages (oobkb diagnose, code, timeline, show, new, draft, coverage).
import type { Severity } from '../lib/diagnose/types.ts';
import type { LocalBiasSource } from '../lib/diagnose/timeline.ts';
import type { LineForm } from '../lib/authoring/coverage.ts';
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
    wrote: (paths: string[]) => `書き込みました: ${paths.join('、')}`,
    nextNew:
      'TODO(oobkb) の箇所をすべて書いてください (書くまではコンテンツ チェックが 1 つずつファイルとフィールドを挙げて失敗します)。そのあと npm test を実行します。手順は docs/authoring.md にあります。',
    nextDraft:
      'これは下書きです。シグネチャ、サンプル、ニアミスは提案にすぎません。TODO(oobkb) の箇所をすべて書き、npx oobkb diagnose と npm test で確かめてください (docs/authoring.md)。',
    draftNoLines: 'このログには、シグネチャにできるエラー行がありませんでした。',
    coverage: {
      forms: {
        'sms-trace': 'SMS trace',
        cmtrace: 'CMTrace',
        'viewer-copy': 'ビューアーのコピー',
        'status-viewer': 'ステータス メッセージの行',
        statmsg: 'STATMSG',
        bare: 'メッセージだけ',
        japanese: '日本語',
      } satisfies Record<LineForm, string>,
      heading: 'シグネチャごとに、サンプルが書かれている行の形式:',
      samples: (n: number) => `サンプル ${n} 件`,
      oneForm: '1 つの形式でしか書かれていないシグネチャ:',
      codesWithoutArticle: 'どの記事も扱っていない、カタログのエラー コード:',
      logsWithoutArticle: 'どの記事も扱っていない、カタログのログ:',
      codesNotCatalogued: 'サンプルにあるがカタログにないエラー コード:',
      none: 'なし',
    },
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
    wrote: (paths: string[]) => `Wrote ${paths.join(', ')}.`,
    nextNew:
      'Write every TODO(oobkb) placeholder (until then the content check fails, naming each file and field), then run npm test. docs/authoring.md walks through it.',
    nextDraft:
      'This is a draft: its signatures, samples and near misses are proposals. Write every TODO(oobkb) placeholder, then check with npx oobkb diagnose and npm test (docs/authoring.md).',
    draftNoLines: 'No error line of this log could be made a signature.',
    coverage: {
      forms: {
        'sms-trace': 'SMS trace',
        cmtrace: 'CMTrace',
        'viewer-copy': 'viewer copy',
        'status-viewer': 'status row',
        statmsg: 'STATMSG',
        bare: 'message only',
        japanese: 'Japanese',
      } satisfies Record<LineForm, string>,
      heading: "The line forms each signature's samples are written in:",
      samples: (n: number) => `${n} ${n === 1 ? 'sample' : 'samples'}`,
      oneForm: 'Signatures whose samples are all of one form:',
      codesWithoutArticle: 'Catalogued error codes that no article covers:',
      logsWithoutArticle: 'Catalogued logs that no article covers:',
      codesNotCatalogued: 'Error codes that samples quote and the catalogue lacks:',
      none: 'none',
    },
  },
});
