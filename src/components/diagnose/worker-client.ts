// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The page's side of the Web Worker:
// numbers requests, matches answers to them, and lets only the newest diagnosis through (an answer
// that a newer request overtook resolves to undefined, as the search controller's searchID does).
import type { IndexLang } from '../../lib/diagnose/signature-index.ts';
import type {
  RequestBody,
  TableRow,
  WorkerRequest,
  WorkerResponse,
} from '../../lib/diagnose-worker/protocol.ts';

/** The part of a Worker the client uses (a fake in the unit checks). */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
}

/** What can be diagnosed. */
export type Diagnosable = Extract<RequestBody, { kind: 'text' | 'files' }>;

/** The answer to a diagnosis: a result, or why there is none. `id` names its table for rows(). */
export type Answer = Extract<WorkerResponse, { kind: 'result' | 'error' }>;

/** The Explain view's answer: its entries (at most MAX_EXPLAINED_ENTRIES) of `total`. */
export type Explained = Extract<WorkerResponse, { kind: 'explain' }>;

type Settle = (response: WorkerResponse) => void;

export class WorkerClient {
  /** Settles once the worker has loaded the index. */
  readonly ready: Promise<void>;
  readonly #port: WorkerPort;
  readonly #config: { indexUrl: string; lang: IndexLang };
  readonly #waiting = new Map<number, Settle>();
  #lastId = 0;
  /** The newest diagnosis: only its progress and answer go through. */
  #newest = 0;
  #onProgress: (loaded: number, total: number) => void = () => {};

  constructor(port: WorkerPort, config: { indexUrl: string; lang: IndexLang }) {
    this.#port = port;
    this.#config = config;
    port.onmessage = (event) => this.#receive(event.data);
    // Fetch the index as soon as the widget is touched: diagnosing itself then makes no request.
    this.ready = this.#ask({ kind: 'warm' }).then((response) => {
      if (response.kind !== 'ready') throw new Error('index');
    });
    this.ready.catch(() => {});
  }

  /** Diagnoses text or files; undefined when a newer diagnosis (or cancel()) overtook this one. */
  async diagnose(
    body: Diagnosable,
    onProgress: (loaded: number, total: number) => void,
  ): Promise<Answer | undefined> {
    const id = this.#nextId();
    this.#newest = id;
    this.#onProgress = onProgress;
    const response = await this.#post(id, body);
    if (id !== this.#newest || (response.kind !== 'result' && response.kind !== 'error'))
      return undefined;
    return response;
  }

  /** Makes the diagnosis under way, if any, stale: its answer will not be drawn. */
  cancel(): void {
    this.#newest = this.#nextId();
  }

  /** The table rows of the answer `of`; undefined when a newer answer has replaced that table. */
  async rows(
    of: number,
    problemsOnly: boolean,
  ): Promise<{ rows: TableRow[]; total: number } | undefined> {
    const response = await this.#ask({ kind: 'rows', of, problemsOnly });
    return response.kind === 'rows' && !response.stale
      ? { rows: response.rows, total: response.total }
      : undefined;
  }

  /** Why each line of the answer `of` matched or not; undefined when a newer answer has replaced it. */
  async explain(of: number): Promise<Explained | undefined> {
    const response = await this.#ask({ kind: 'explain', of });
    return response.kind === 'explain' && !response.stale ? response : undefined;
  }

  /** The titles of the named articles that the index knows, in the order named. */
  async titles(slugs: string[]): Promise<{ slug: string; title: string }[]> {
    const response = await this.#ask({ kind: 'titles', slugs });
    return response.kind === 'titles' ? response.articles : [];
  }

  #nextId(): number {
    return ++this.#lastId;
  }

  #ask(body: RequestBody): Promise<WorkerResponse> {
    return this.#post(this.#nextId(), body);
  }

  #post(id: number, body: RequestBody): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#port.postMessage({ ...body, id, ...this.#config });
    });
  }

  #receive(response: WorkerResponse): void {
    if (response.kind === 'progress') {
      if (response.id === this.#newest) this.#onProgress(response.loaded, response.total);
      return;
    }
    const settle = this.#waiting.get(response.id);
    this.#waiting.delete(response.id);
    settle?.(response);
  }
}

/** The widget's worker, started from its module next to the engine. */
export function startWorker(): WorkerPort {
  return new Worker(new URL('../../lib/diagnose-worker/worker.ts', import.meta.url), {
    type: 'module',
  });
}
