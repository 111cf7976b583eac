// SHIPS TO THE BROWSER (Web Worker). Holds the engine and the index; the page posts text or
// files, the worker answers with a bounded result. Heavy work never touches the page's thread.
import { diagnose, type Diagnosis } from '../diagnose/diagnose.ts';
import { createMatcher, type Matcher } from '../diagnose/matcher.ts';
import { countLines } from '../diagnose/parse-lines.ts';
import type { SignatureIndex } from '../diagnose/signature-index.ts';
import type { WidgetResult, WorkerRequest, WorkerResponse } from './protocol.ts';
import { FileRefusal, readFiles } from './read-files.ts';
import { logTable, widgetResult, type LogTable } from './widget-result.ts';

const scope = self as unknown as { postMessage(message: WorkerResponse): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; location: Location };
let matcher: Promise<Matcher> | undefined;
/** The newest answer's table, until the next answer replaces it (memory only, never stored). */
let latestTable: { of: number; table: LogTable } | undefined;

/** The index sits next to the site's pages; the worker's own URL tells where the site starts. */
function loadMatcher(indexUrl: string): Promise<Matcher> {
  matcher ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`index ${response.status}`);
      return response.json() as Promise<SignatureIndex>;
    })
    .then(createMatcher);
  return matcher;
}

/** The answer to request `id`; its table stays here until the page asks for it. */
function answer(id: number, diagnosis: Diagnosis, text: string, files: WidgetResult['files']): WorkerResponse {
  const table = logTable(diagnosis.entries);
  latestTable = { of: id, table };
  return { id, kind: 'result', result: widgetResult(diagnosis, text, files, table) };
}

/** The rows the page asked for, or stale when a newer answer has replaced that table. */
function rowsOf(request: Extract<WorkerRequest, { kind: 'rows' }>): WorkerResponse {
  const { id, of, problemsOnly } = request;
  if (latestTable?.of !== of) return { id, kind: 'rows', rows: [], total: 0, stale: true };
  const { table } = latestTable;
  return { id, kind: 'rows', rows: problemsOnly ? table.problems : table.all, total: problemsOnly ? table.problemCount : table.entries };
}

async function handle(request: WorkerRequest & { indexUrl: string }): Promise<WorkerResponse> {
  const { id } = request;
  let engine: Matcher;
  try {
    engine = await loadMatcher(request.indexUrl);
  } catch {
    matcher = undefined;
    return { id, kind: 'error', reason: 'index' };
  }
  if (request.kind === 'warm') return { id, kind: 'ready' };
  if (request.kind === 'rows') return rowsOf(request);
  if (request.kind === 'text') return answer(id, diagnose(engine, request.text), request.text, []);
  try {
    const files = await readFiles(request.files, (loaded, total) => scope.postMessage({ id, kind: 'progress', loaded, total }));
    const text = files.map((f) => f.decoded.text).join('\n');
    const diagnosis = diagnose(engine, text, { fileNames: files.map((f) => f.name) });
    return answer(id, diagnosis, text, files.map((f) => ({ name: f.name, encoding: f.decoded.encoding, bytes: f.bytes, lines: countLines(f.decoded.text) })));
  } catch (error) {
    if (error instanceof FileRefusal) return { id, kind: 'error', reason: error.reason, file: error.file, ...(error.reason === 'too-large' ? { limit: 100 } : {}) };
    return { id, kind: 'error', reason: 'unreadable' };
  }
}

scope.onmessage = (event) => {
  void handle(event.data as WorkerRequest & { indexUrl: string }).then((response) => scope.postMessage(response));
};
