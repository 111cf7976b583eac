// NODE ONLY. `oobkb timeline PATH...`: the errors and warnings of every input (every entry with
// --all) in the order they happened, each with its file and line (src/lib/diagnose/timeline.ts).
import { instantOf, type EntryTime } from '../lib/diagnose/entry-time.ts';
import { parseLog } from '../lib/diagnose/parse.ts';
import type { IndexLang } from '../lib/diagnose/signature-index.ts';
import { inWindow, type TimeWindow } from '../lib/diagnose/time-window.ts';
import {
  formatEntryTime,
  formatOffset,
  formatWall,
  mergeTimelines,
  type Timeline,
  type TimedEntry,
} from '../lib/diagnose/timeline.ts';
import { readCommandInputs, type CommandResult } from './diagnose-command.ts';
import { Progress } from './progress.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';

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
  return `${time}  ${CLI_STRINGS[lang].severities[entry.severity]}  ${where}${component}  ${message}`;
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
  const strings = CLI_STRINGS[lang];
  const lines = [strings.timelineHeader(files.length, total, shown, all)];
  if (hasLocal)
    lines.push(
      strings.localTimes(`UTC${formatOffset(timeline.localBias)}`, timeline.localBiasFrom),
    );
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
  const read = readCommandInputs('timeline', paths, progress);
  if ('exitCode' in read) return read;
  const errors = read.problems.some((p) => p.error);
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
