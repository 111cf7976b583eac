// NODE ONLY. `oobkb timeline PATH...`: the errors and warnings of every input (every entry with
// --all) in the order they happened, each with its file and line (src/lib/diagnose/timeline.ts).
import { instantOf, type EntryTime } from '../lib/diagnose/entry-time.ts';
import { parseLog } from '../lib/diagnose/parse.ts';
import type { IndexLang } from '../lib/diagnose/signature-index.ts';
import type { Severity } from '../lib/diagnose/types.ts';
import { inWindow, type TimeWindow } from '../lib/diagnose/time-window.ts';
import {
  formatEntryTime,
  formatOffset,
  formatWall,
  mergeTimelines,
  type Timeline,
  type TimedEntry,
} from '../lib/diagnose/timeline.ts';
import type { CommandResult } from './diagnose-command.ts';
import { InputError } from './problems.ts';
import { Progress } from './progress.ts';
import { nothingToRead, readInputs } from './read-input.ts';

export interface TimelineCommand {
  json: boolean;
  lang: IndexLang;
  /** Every entry, not only errors and warnings. */
  all: boolean;
  window?: TimeWindow | undefined;
  localBias?: number | undefined;
}

/** "2009-11-19 11:35:01.123" → "2009-11-19T11:35:01.123" (ISO 8601, as JSON readers expect). */
const iso = (wall: number) => formatWall(wall).replace(' ', 'T');

/** One entry of `oobkb timeline --json`. */
function jsonEntry(t: TimedEntry, files: readonly string[], timeline: Timeline) {
  const { entry, own } = t;
  return {
    file: files[t.file]!,
    line: entry.lineStart,
    time: own ? `${iso(own.wall)}${own.bias === undefined ? '' : formatOffset(own.bias)}` : null,
    utc: t.time ? `${iso(instantOf(t.time, timeline.localBias))}Z` : null,
    /** How the UTC time was found: the entry's own offset, the assumed local one, or a neighbour's time. */
    placed: !own
      ? t.time
        ? 'neighbour'
        : null
      : own.bias === undefined
        ? 'assumed-offset'
        : 'own',
    severity: entry.severity,
    format: entry.format,
    ...(entry.component !== undefined ? { component: entry.component } : {}),
    ...(entry.thread !== undefined ? { thread: entry.thread } : {}),
    message: entry.message,
  };
}

/** What `oobkb timeline --json` prints. */
export type TimelineJson = ReturnType<typeof timelineJson>;

function timelineJson(
  shown: readonly TimedEntry[],
  total: number,
  files: readonly string[],
  timeline: Timeline,
) {
  return {
    files,
    entries: total,
    shown: shown.length,
    localBias: timeline.localBias,
    localBiasFrom: timeline.localBiasFrom,
    timeline: shown.map((t) => jsonEntry(t, files, timeline)),
  };
}

/** Width of "2009-11-19 11:35:01.123 -08:00". */
const TIME_WIDTH = 30;
const SEVERITY_WIDTH = 7;

/** The severity as the reader's language says it, padded to one width (a Japanese character takes two columns). */
const SEVERITY_LABELS: Record<IndexLang, Record<Severity, string>> = {
  en: { error: 'error  ', warning: 'warning', info: 'info   ' },
  ja: { error: 'エラー ', warning: '警告   ', info: '情報   ' },
};

/** One entry as a line (more for a message of several lines). */
function humanEntry(t: TimedEntry, files: readonly string[], lang: IndexLang): string {
  const { entry, own } = t;
  const time = (own ? formatEntryTime(own) : '').padEnd(TIME_WIDTH);
  const where = `${files[t.file]!}:${entry.lineStart}`;
  const component = entry.component ? `  ${entry.component}` : '';
  const message = entry.message.replaceAll(
    '\n',
    `\n${' '.repeat(TIME_WIDTH + SEVERITY_WIDTH + 4)}`,
  );
  return `${time}  ${SEVERITY_LABELS[lang][entry.severity]}  ${where}${component}  ${message}`;
}

/** The lines above the entries: what was merged, what is shown, how times without an offset were placed. */
function humanHeader(
  shown: number,
  total: number,
  files: readonly string[],
  timeline: Timeline,
  all: boolean,
  lang: IndexLang,
): string[] {
  const hasLocal = timeline.entries.some((t) => t.own && t.own.bias === undefined);
  const offset = `UTC${formatOffset(timeline.localBias)}`;
  if (lang === 'ja') {
    const lines = [
      `${files.length} ファイルの ${total} 件のエントリを時刻順に表示: ${shown} 件${all ? '' : ' (エラーと警告のみ。--all ですべて表示)'}`,
    ];
    if (hasLocal)
      lines.push(
        `オフセットのない時刻 ("local") は ${offset} の現地時刻として並べています (${timeline.localBiasFrom === 'logs' ? 'ほかのログに最も多いオフセット' : timeline.localBiasFrom === 'given' ? '--local-bias の指定' : 'オフセットを記録したログがないため UTC と同じ扱い'})。`,
      );
    return lines;
  }
  const lines = [
    `${total} entries of ${files.length} ${files.length === 1 ? 'file' : 'files'} in time order: ${shown} shown${all ? '' : ' (errors and warnings; --all shows every entry)'}`,
  ];
  if (hasLocal) {
    const why =
      timeline.localBiasFrom === 'logs'
        ? 'the offset the other logs state most'
        : timeline.localBiasFrom === 'given'
          ? 'from --local-bias'
          : 'no log states an offset, so as if UTC';
    lines.push(`Times without an offset ("local") are placed as local time at ${offset} (${why}).`);
  }
  return lines;
}

/** Whether an entry is shown: its severity (unless --all) and the window. */
function shows(t: TimedEntry, options: TimelineCommand, localBias: number): boolean {
  if (!options.all && t.entry.severity === 'info') return false;
  if (!options.window) return true;
  const time: EntryTime | undefined = t.time;
  return time !== undefined && inWindow(time, options.window, localBias);
}

/** Runs `oobkb timeline`; throws InputError for bad usage only. */
export function timelineCommand(
  paths: readonly string[],
  options: TimelineCommand,
  progress = new Progress(),
): CommandResult {
  if (!paths.length)
    throw new InputError('timeline needs a file or folder, or - for standard input');
  const read = readInputs(paths, progress);
  const errors = read.problems.some((p) => p.error);
  if (!read.inputs.length) {
    progress.done();
    return {
      output: '',
      problems: [
        ...read.problems,
        {
          path: paths.join(' '),
          message: nothingToRead('nothing to read', read.skipped),
          error: true,
        },
      ],
      exitCode: 2,
    };
  }
  progress.update(
    `oobkb: reading the entries of ${read.inputs.length} ${read.inputs.length === 1 ? 'file' : 'files'}…`,
    read.bytes / 20_000,
  );
  const files = read.inputs.map((i) => i.name);
  const timeline = mergeTimelines(
    read.inputs.map((i) => ({ name: i.name, entries: parseLog(i.decoded.text) })),
    options.localBias,
  );
  progress.done();
  const shown = timeline.entries.filter((t) => shows(t, options, timeline.localBias));
  const total = timeline.entries.length;
  const output = options.json
    ? JSON.stringify(timelineJson(shown, total, files, timeline), null, 2)
    : [
        ...humanHeader(shown.length, total, files, timeline, options.all, options.lang),
        '',
        ...shown.map((t) => humanEntry(t, files, options.lang)),
      ].join('\n');
  return { output, problems: read.problems, exitCode: errors ? 2 : shown.length ? 0 : 1 };
}
