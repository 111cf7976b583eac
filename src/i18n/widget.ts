// SHIPS TO THE BROWSER (loaded on first use). The diagnosis widget's words in both languages.
import { bilingual } from './bilingual.ts';
import type { LogEncoding } from '../lib/diagnose/decode.ts';
import type { FailureReason, ReadFile } from '../lib/diagnose-worker/protocol.ts';

/** How an encoding is named to a person. */
export const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS',
  'windows-1252': 'Windows-1252',
} satisfies Record<LogEncoding, string>;

export const STRINGS = bilingual({
  ja: {
    reading: (loaded: number, total: number) =>
      `ファイルを読み込んでいます… ${percent(loaded, total)}`,
    diagnosing: '診断しています…',
    strong: '一致',
    possible: '可能性あり',
    viaSymptoms: '症状の説明から',
    results: (n: number) => (n ? `${n} 件の記事が見つかりました。` : '該当する記事はありません。'),
    empty: 'ログを貼り付けるか、ファイルを開いてください。',
    held: (chars: number, lines?: number) =>
      `貼り付けたログ (${lines === undefined ? '' : `${lines.toLocaleString('ja')} 行、`}${chars.toLocaleString('ja')} 文字) は大きいため入力欄には表示せず、このページのメモリーだけに保持しています。`,
    removePaste: '貼り付けたログを取り除く',
    opened: (files: string[]) =>
      `開いたファイル: ${files.join('、')}。このブラウザーの中だけで読み込みます。`,
    openedFile: (name: string, read?: ReadFile) =>
      read
        ? `${name} (${ENCODING_NAMES[read.encoding]}、${read.lines.toLocaleString('ja')} 行)`
        : name,
    removeFiles: (n: number) =>
      n === 1 ? '開いたファイルを取り除く' : `開いた ${n} 個のファイルを取り除く`,
    noMatch: 'このログに該当する記事は見つかりませんでした。エラー コードの説明は下にあります。',
    noDescriptionMatch: 'この説明と意味のある語を共有する記事はありません。',
    searchInstead: '同じ語でサイト内を検索する',
    failed: 'このログを診断できませんでした。',
    bestHere: 'このログはこの記事に一致します。',
    betterElsewhere: 'このログには、別の記事のほうが合っています:',
    notHere: 'このログはこの記事に一致しません。',
    evidence: '根拠の行',
    moreEvidence: (n: number) => `… ほかに ${n} 件の一致するエントリ`,
    line: '行',
    codes: 'エラー コード',
    facility: 'ファシリティ',
    win32: 'Win32 エラー',
    unknownCode: 'カタログにないコード',
    parsedLog: '解析したログ',
    entries: (n: number) => `${n} 件のエントリ`,
    streamedEntries: (n: number, lines: number) =>
      `大きなファイルのため ${lines} 行をストリームで読み、一致の前後の ${n} 件のエントリを解析`,
    onlyProblems: 'エラーと警告だけを表示',
    tableCapped: (shown: number, total: number) =>
      `最初の ${shown} 件を表示しています (全 ${total} 件)。`,
    columns: ['行', 'ログ テキスト', 'コンポーネント', '日時', 'スレッド'],
    fileColumn: 'ファイル',
    mergedTable: (n: number) =>
      `${n} 個のファイルのエントリを、それぞれの時刻オフセットで実際に起きた順に並べています。時刻のない行は、同じファイルの直前のエントリのあとに置きます。行番号は各ファイルの中の行です。`,
    stripHeading: 'タイムライン',
    stripTitle: (files: number) =>
      files > 1
        ? `時間軸上のエラー、警告、根拠の位置 (ファイルごとに 1 行、${files} 個のファイル)`
        : '時間軸上のエラー、警告、根拠の位置',
    stripSpan: (from: string, to: string, offset?: string) =>
      `${from} から ${to} まで (${offset ?? '記録されたままのローカル時刻'})。`,
    stripAssumed: (offset: string) =>
      `オフセットのない時刻は、ほかのログが示す ${offset} として置いています。`,
    stripRow: (name: string, timed: number, errors: number, warnings: number) =>
      timed
        ? `${name}: 時刻のある ${timed} 件のエントリのうち、エラー ${errors} 件、警告 ${warnings} 件`
        : `${name}: 時刻のあるエントリはありません`,
    stripEvidence: (marks: string[]) => `。根拠の位置: ${marks.join('、')}`,
    stripMark: (time: string, line: number, title: string) => `${time} (${line} 行、${title})`,
    stripLegend: ['エラー', '警告', '根拠'],
    pastedText: '貼り付けたテキスト',
    noStrip: 'タイムラインはありません。時刻を持つエントリがありません。',
    streamedNoStrip:
      'タイムラインはありません。大きな入力はストリームで読み、一致の前後のエントリだけを解析しました。',
    share: 'この結果を共有 (記事名だけを含むリンク)',
    sharedResult: '共有された結果: 次の記事が示されました。',
    files: (list: string) => `読み込んだファイル: ${list}`,
    draftOffer: 'このログから記事を書き始める',
    draftIntro:
      'このログから、このブラウザーの中だけで作った新しい記事の下書きです (どこにも送信していません)。3 つのファイルをナレッジ ベースの content/articles/<スラッグ>/ に保存するか、ログを npx oobkb draft に渡してください。そのあと TODO(oobkb) の箇所をすべて書きます (docs/authoring.md)。',
    copyFile: (name: string) => `${name} をコピー`,
    downloadFile: (name: string) => `${name} をダウンロード`,
    copied: (name: string) => `${name} をクリップボードにコピーしました。`,
    copyFailed: (name: string) =>
      `${name} をコピーできませんでした。選択した本文を Ctrl+C でコピーしてください。`,
    explainSummary: '説明: 各行がどのシグネチャに一致したか、しなかったか',
    explainIntro:
      'エラー、警告、エラー コードのある行ごとに、試したシグネチャ、その各部分が見つかったか (✓) 見つからなかったか (✗)、一致しなかった理由を示します。このブラウザーの中だけで求めます。',
    explaining: '説明を作成しています…',
    explainCount: (n: number) => `${n} 件のエントリを説明しています。`,
    explainCapped: (shown: number, total: number) =>
      `最初の ${shown} 件を表示しています (全 ${total} 件)。すべては npx oobkb explain で確認できます。`,
    explainNone: 'エラー、警告、エラー コードのある行も、シグネチャの一部を含む行もありません。',
    explainFailed: 'この結果を説明できませんでした。',
    explainStreamed:
      '大きなファイルは全体を保持せずに少しずつ読み込んだため、ここでは説明できません。npx oobkb explain で確認してください。',
    partFound: 'あり',
    partLacking: 'なし',
    signature: 'シグネチャ',
    signaturesTried: '試したシグネチャ',
    lineRange: (from: number, to: number) => `${from}〜${to} 行`,
    failures: {
      binary: (file: string) =>
        `${file} はテキストのログではありません (バイナリ ファイルのようです)。`,
      unreadable: (file: string) => `${file} を読み込めませんでした。`,
      index: () => '診断インデックスを読み込めませんでした。ページを再読み込みしてください。',
    } satisfies Record<FailureReason, (file: string) => string>,
  },
  en: {
    reading: (loaded: number, total: number) => `Reading files… ${percent(loaded, total)}`,
    diagnosing: 'Diagnosing…',
    strong: 'Match',
    possible: 'Possible',
    viaSymptoms: 'from the described symptoms',
    results: (n: number) =>
      n ? `${n} article${n === 1 ? '' : 's'} found.` : 'No matching article.',
    empty: 'Paste a log or open a file.',
    held: (chars: number, lines?: number) =>
      `The pasted log (${lines === undefined ? '' : `${lines.toLocaleString('en')} lines, `}${chars.toLocaleString('en')} characters) is too large to show in the field; it is held in this page's memory only.`,
    removePaste: 'Remove the pasted log',
    opened: (files: string[]) =>
      `Opened file${files.length === 1 ? '' : 's'}: ${files.join(', ')}. Read in this browser only.`,
    openedFile: (name: string, read?: ReadFile) =>
      read
        ? `${name} (${ENCODING_NAMES[read.encoding]}, ${read.lines.toLocaleString('en')} line${read.lines === 1 ? '' : 's'})`
        : name,
    removeFiles: (n: number) =>
      n === 1 ? 'Remove the opened file' : `Remove the ${n} opened files`,
    noMatch: 'No article matches this log. The error codes it contains are explained below.',
    noDescriptionMatch: 'No article shares a meaningful word with this description.',
    searchInstead: 'Search the site for the same words',
    failed: 'This log could not be diagnosed.',
    bestHere: 'This log matches this article.',
    betterElsewhere: 'Another article fits this log better:',
    notHere: 'This log does not match this article.',
    evidence: 'Evidence',
    moreEvidence: (n: number) => `… and ${n} more matching ${n === 1 ? 'entry' : 'entries'}`,
    line: 'line',
    codes: 'Error codes',
    facility: 'facility',
    win32: 'Win32 error',
    unknownCode: 'not in the catalogue',
    parsedLog: 'Parsed log',
    entries: (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`,
    streamedEntries: (n: number, lines: number) =>
      `a large input: ${lines} lines streamed, ${n} entr${n === 1 ? 'y' : 'ies'} around matches parsed`,
    onlyProblems: 'Show errors and warnings only',
    tableCapped: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
    columns: ['Line', 'Log text', 'Component', 'Date/time', 'Thread'],
    fileColumn: 'File',
    mergedTable: (n: number) =>
      `The ${n} files' entries in the order they happened, each read with its own time offset; a line without a time stays after its file's previous entry. Line numbers are within each file.`,
    stripHeading: 'Timeline',
    stripTitle: (files: number) =>
      files > 1
        ? `Errors, warnings and evidence over time, one row per file (${files} files)`
        : 'Errors, warnings and evidence over time',
    stripSpan: (from: string, to: string, offset?: string) =>
      `From ${from} to ${to} (${offset ?? 'local time as written'}).`,
    stripAssumed: (offset: string) =>
      `Times written without an offset are placed at ${offset}, the offset the other logs state.`,
    stripRow: (name: string, timed: number, errors: number, warnings: number) =>
      timed
        ? `${name}: ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} among ${timed} timed entr${timed === 1 ? 'y' : 'ies'}`
        : `${name}: no entry has a time`,
    stripEvidence: (marks: string[]) => `; evidence at ${marks.join(', ')}`,
    stripMark: (time: string, line: number, title: string) => `${time} (line ${line}, ${title})`,
    stripLegend: ['Errors', 'Warnings', 'Evidence'],
    pastedText: 'Pasted text',
    noStrip: 'No timeline: none of the entries has a time.',
    streamedNoStrip:
      'No timeline: a large input is streamed, and only the entries around matches were parsed.',
    share: 'Share this result (a link with article names only)',
    sharedResult: 'Shared result: these articles were suggested.',
    files: (list: string) => `Files read: ${list}`,
    draftOffer: 'Start an article from this log',
    draftIntro:
      'A draft of a new article, made from this log in this browser only (nothing was sent). Save the three files in content/articles/<slug>/ of the knowledge base, or give the log to npx oobkb draft; then write every TODO(oobkb) placeholder (docs/authoring.md).',
    copyFile: (name: string) => `Copy ${name}`,
    downloadFile: (name: string) => `Download ${name}`,
    copied: (name: string) => `${name} copied to the clipboard.`,
    copyFailed: (name: string) =>
      `${name} could not be copied: its text is selected, press Ctrl+C to copy it.`,
    explainSummary: 'Explain: which signature each line matched, and why not',
    explainIntro:
      'For each line with an error, a warning or an error code: every signature tried, which of its parts were found (✓) or not (✗), and why a close one did not fire. Worked out in this browser only.',
    explaining: 'Explaining…',
    explainCount: (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'} explained.`,
    explainCapped: (shown: number, total: number) =>
      `Showing the first ${shown} of ${total}; npx oobkb explain shows them all.`,
    explainNone:
      'No line has an error, a warning, an error code or a part of a signature to explain.',
    explainFailed: 'This result could not be explained.',
    explainStreamed:
      'Large files are read piece by piece without keeping their text, so they are not explained here: use npx oobkb explain.',
    partFound: 'found',
    partLacking: 'not found',
    signature: 'signature',
    signaturesTried: 'Signatures tried',
    lineRange: (from: number, to: number) => `lines ${from}–${to}`,
    failures: {
      binary: (file: string) => `${file} is not a text log (it looks like a binary file).`,
      unreadable: (file: string) => `${file} could not be read.`,
      index: () => 'The diagnosis index could not be loaded. Reload the page.',
    } satisfies Record<FailureReason, (file: string) => string>,
  },
});

function percent(loaded: number, total: number): string {
  return total ? `${Math.floor((100 * loaded) / total)}%` : '';
}

export type WidgetStrings = (typeof STRINGS)['en'];
