// SHIPS TO THE BROWSER (Web Worker). Holds the engine and the index; the page posts text or
// files, the worker answers with a bounded result in the page's language. Heavy work never
// touches the page's thread, and the page never needs the index itself.
import { diagnose, type DiagnoseOptions } from '../diagnose/diagnose.ts';
import { explainEntries } from '../diagnose/explain-entries.ts';
import { createMatcher, type Matcher } from '../diagnose/matcher.ts';
import type { IndexLang, SignatureIndex } from '../diagnose/signature-index.ts';
import { draftOf } from './draft-result.ts';
import { LineIndex } from './line-index.ts';
import { type ReadFile, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { FileRefusal, readFiles } from './read-files.ts';
import { timedViews } from './timed-views.ts';
import { pageWords, widgetResult, type LogTable, type PageWords } from './widget-result.ts';
import { streamFiles } from './stream-files.ts';
import { shouldStream } from '../diagnose/stream-stats.ts';
import { widgetExplanation } from './widget-explain.ts';

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
let matcher: Promise<Matcher> | undefined;
/** The words of the index in each language asked for so far. */
const words = new Map<IndexLang, PageWords>();
/** The newest answer's table, until the next answer replaces it (memory only, never stored). */
let latestTable: { of: number; table: LogTable } | undefined;
/** What the newest answer diagnosed, so its Explain view judges the same text the same way (memory only). */
let latestInput:
  | { of: number; text: string; options: DiagnoseOptions; lines: LineIndex }
  | { of: number; streamed: true }
  | undefined;

function loadMatcher(indexUrl: string): Promise<Matcher> {
  matcher ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`index ${response.status}`);
      return response.json() as Promise<SignatureIndex>;
    })
    .then(createMatcher);
  return matcher;
}

function wordsOf(engine: Matcher, lang: IndexLang): PageWords {
  let found = words.get(lang);
  if (!found) words.set(lang, (found = pageWords(engine.index, lang)));
  return found;
}

/** Diagnoses text (a paste, or the files' texts joined by line breaks); its table stays here until asked for. */
function answer(
  request: WorkerRequest,
  engine: Matcher,
  text: string,
  lines = new LineIndex(text),
  files: ReadFile[] = [],
): WorkerResponse {
  const fileNames = files.map((f) => f.name);
  const options: DiagnoseOptions = { fileNames };
  const diagnosis = diagnose(engine, text, options);
  const words = wordsOf(engine, request.lang);
  const { table, strip } = timedViews(diagnosis, files, words.titles);
  latestTable = { of: request.id, table };
  latestInput = { of: request.id, text, options, lines };
  const result = widgetResult(diagnosis, lines, files, table, words);
  // A log that matches nothing comes with a new article's draft (a few kilobytes at most).
  const draft = draftOf(diagnosis, engine, lines, fileNames);
  return {
    id: request.id,
    kind: 'result',
    result: { ...result, ...(strip ? { strip } : {}), ...draft },
  };
}

/** Streams large files (as the CLI does), and answers from what the stream parsed. */
async function answerStreamed(
  request: Extract<WorkerRequest, { kind: 'files' }>,
  engine: Matcher,
): Promise<WorkerResponse> {
  const { id } = request;
  const streamed = await streamFiles(request.files, engine, (loaded, total) =>
    scope.postMessage({ id, kind: 'progress', loaded, total }),
  );
  const words = wordsOf(engine, request.lang);
  // The table of what was parsed; no strip, whose error counts would cover only those entries.
  const { table } = timedViews(streamed.diagnosis, streamed.files, words.titles);
  latestTable = { of: id, table };
  // No whole text is kept of a streamed input: the Explain view sends it to oobkb explain.
  latestInput = { of: id, streamed: true };
  const result = widgetResult(streamed.diagnosis, streamed.lines, streamed.files, table, words);
  return { id, kind: 'result', result };
}

/** Reads the files and diagnoses them together; each file's line count comes from the one line index. */
async function answerFiles(
  request: Extract<WorkerRequest, { kind: 'files' }>,
  engine: Matcher,
): Promise<WorkerResponse> {
  const { id } = request;
  if (shouldStream(request.files.reduce((sum, f) => sum + f.size, 0)))
    return answerStreamed(request, engine);
  const read = await readFiles(request.files, (loaded, total) =>
    scope.postMessage({ id, kind: 'progress', loaded, total }),
  );
  const text = read.map((f) => f.decoded.text).join('\n');
  const lines = new LineIndex(text);
  let at = 0;
  const files = read.map(({ name, decoded, bytes }): ReadFile => {
    const from = at;
    at += decoded.text.length + 1;
    return {
      name,
      encoding: decoded.encoding,
      bytes,
      lines: lines.linesIn(from, from + decoded.text.length),
    };
  });
  return answer(request, engine, text, lines, files);
}

/** The rows the page asked for, or stale when a newer answer has replaced that table. */
function rowsOf(request: Extract<WorkerRequest, { kind: 'rows' }>): WorkerResponse {
  const { id, of, problemsOnly } = request;
  if (latestTable?.of !== of) return { id, kind: 'rows', rows: [], total: 0, stale: true };
  const { table } = latestTable;
  return {
    id,
    kind: 'rows',
    rows: problemsOnly ? table.problems : table.all,
    total: problemsOnly ? table.problemCount : table.entries,
  };
}

/** Why each line of the answer `of` matched or not, or stale when a newer answer has replaced it. */
function explanationOf(
  request: Extract<WorkerRequest, { kind: 'explain' }>,
  engine: Matcher,
): WorkerResponse {
  const { id, of } = request;
  const words = wordsOf(engine, request.lang);
  if (latestInput?.of !== of)
    return { id, kind: 'explain', entries: [], total: 0, nothingTried: '', stale: true };
  if ('streamed' in latestInput)
    return { id, kind: 'explain', entries: [], total: 0, nothingTried: '', streamed: true };
  const { text, options, lines } = latestInput;
  try {
    const explanation = explainEntries(engine, text, options);
    return { id, kind: 'explain', ...widgetExplanation(explanation, lines, words) };
  } catch {
    return { id, kind: 'explain', entries: [], total: 0, nothingTried: '', failed: true };
  }
}

/** The titles of the named articles the index knows, in the order named. */
function titlesOf(
  request: Extract<WorkerRequest, { kind: 'titles' }>,
  engine: Matcher,
): WorkerResponse {
  const { titles } = wordsOf(engine, request.lang);
  const articles = request.slugs.flatMap((slug) => {
    const title = titles.get(slug);
    return title === undefined ? [] : [{ slug, title }];
  });
  return { id: request.id, kind: 'titles', articles };
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const { id } = request;
  let engine: Matcher;
  try {
    engine = await loadMatcher(request.indexUrl);
  } catch {
    matcher = undefined;
    return { id, kind: 'error', reason: 'index' };
  }
  switch (request.kind) {
    case 'warm':
      return { id, kind: 'ready' };
    case 'rows':
      return rowsOf(request);
    case 'titles':
      return titlesOf(request, engine);
    case 'explain':
      return explanationOf(request, engine);
    case 'text':
      return answer(request, engine, request.text);
  }
  try {
    return await answerFiles(request, engine);
  } catch (error) {
    if (!(error instanceof FileRefusal)) return { id, kind: 'error', reason: 'unreadable' };
    return { id, kind: 'error', reason: error.reason, file: error.file };
  }
}

scope.onmessage = (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};
