// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). Wires the form to the Web Worker:
// the current input (text, a held paste or files; input.ts) goes to the worker, results come back
// and are drawn. Only the newest request's answer is drawn. Nothing is stored, nothing leaves the
// page except the index fetched by the worker.
import { MAX_BROWSER_BYTES, type TableRow, type WidgetResult, type WorkerRequest, type WorkerResponse } from '../../lib/diagnose-worker/protocol.ts';
import type { SignatureIndex } from '../../lib/diagnose/signature-index.ts';
import { CurrentInput, type FilesInput, type Input } from './input.ts';
import { InputNote } from './input-note.ts';
import { HOLD_PASTE_CHARS } from './paste-limit.ts';
import { codeList, el, logTable, matchList, type RenderContext } from './render.ts';
import { ENCODING_NAMES, STRINGS } from './strings.ts';

/** Typing diagnoses as you go only for texts up to this size (larger pastes are held anyway). */
const LIVE_LIMIT = HOLD_PASTE_CHARS;
const LIVE_DELAY_MS = 350;
// Matches the first character that is not white space.
const RE_VISIBLE = /\S/;

export class DiagnoseController {
  readonly #root: HTMLElement;
  readonly #lang: 'ja' | 'en';
  readonly #strings;
  readonly #worker: Worker;
  readonly #indexUrl: string;
  readonly #output: HTMLOutputElement;
  readonly #status: HTMLElement;
  readonly #textarea: HTMLTextAreaElement;
  #requestId = 0;
  readonly #input: CurrentInput;
  /** The input the newest request read: its answer tells what the files were read as. */
  #asked: Input | undefined;
  /** Table rows are asked for apart from diagnoses, so asking never makes an answer stale. */
  #rowsRequestId = 0;
  readonly #rowsWaiting = new Map<number, (answer: { rows: TableRow[]; total: number } | undefined) => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #titles: Promise<Map<string, string>> | undefined;
  #workerReady: Promise<void>;
  #onWorkerReady: () => void = () => {};

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#lang = root.dataset['lang'] === 'ja' ? 'ja' : 'en';
    this.#strings = STRINGS[this.#lang];
    this.#indexUrl = new URL(root.dataset['index'] ?? 'diagnose-index.json', location.href).href;
    this.#output = root.querySelector('output')!;
    this.#status = root.querySelector('[data-status]')!;
    this.#textarea = root.querySelector('textarea')!;
    this.#input = new CurrentInput(this.#textarea, new InputNote(root.querySelector('[data-held]'), this.#strings));
    this.#worker = new Worker(new URL('../../lib/diagnose-worker/worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
    // Fetch the index as soon as the widget is touched (in the worker, and here for the titles;
    // the second fetch comes from the browser cache): diagnosing itself then makes no request.
    this.#worker.postMessage({ id: 0, kind: 'warm', indexUrl: this.#indexUrl });
    this.#workerReady = new Promise((resolve) => (this.#onWorkerReady = resolve));
    void Promise.all([this.#workerReady, this.titles()]).then(() => (this.#root.dataset['ready'] = ''));
    this.#wire();
  }

  #wire(): void {
    // The Diagnose button, file choices and drops are handled by <kb-diagnose> itself (they may come
    // before this module loads), and so is a paste made before it loaded.
    this.#textarea.addEventListener('paste', (event) => this.#input.takePaste(event, () => this.diagnose()));
    // Ctrl+Enter (⌘+Enter on a Mac) diagnoses from the keyboard; Enter alone is a new line.
    this.#textarea.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      this.diagnose();
    });
    this.#root.querySelector('[data-held-remove]')?.addEventListener('click', () => {
      this.#useField();
      this.#textarea.focus();
    });
    this.#textarea.addEventListener('input', () => this.typed());
  }

  /** The field changed: its text is the input again, diagnosed as the person types. */
  typed(): void {
    this.#useField();
    clearTimeout(this.#timer);
    if (this.#textarea.value.length <= LIVE_LIMIT) this.#timer = setTimeout(() => this.diagnose(), LIVE_DELAY_MS);
  }

  /** Drops a held paste or files; an answer still on its way for them is no longer drawn. */
  #useField(): void {
    if (!this.#input.useField()) return;
    this.#requestId++;
    this.#root.removeAttribute('aria-busy');
    this.#status.textContent = '';
  }

  /** Opened or dropped files become the input and are diagnosed. */
  open(files: File[]): void {
    if (files.length) this.#diagnoseFiles(this.#input.open(files));
  }

  /** A large paste (made before this module loaded) becomes the input and is diagnosed. */
  hold(text: string): void {
    this.#input.hold(text);
    this.diagnose();
  }

  /** Diagnoses the current input: files, a held paste, or the field's text. */
  diagnose(): void {
    clearTimeout(this.#timer);
    const input = this.#input.value;
    if (input.kind === 'files') return this.#diagnoseFiles(input);
    const text = this.#input.text(input);
    // A regex test stops at the first visible character; trim() would copy a multi-megabyte paste.
    if (!RE_VISIBLE.test(text)) return this.#show(this.#strings.empty);
    this.#post({ id: ++this.#requestId, kind: 'text', text }, input);
  }

  /** Diagnoses opened or dropped files (read in the worker, with progress). */
  #diagnoseFiles(input: FilesInput): void {
    const { files } = input;
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_BROWSER_BYTES) {
      this.#requestId++;
      this.#asked = input;
      return this.#show(this.#strings.failures['too-large'](files.map((f) => f.name).join(', '), MAX_BROWSER_BYTES / 1048576), 'error');
    }
    this.#post({ id: ++this.#requestId, kind: 'files', files }, input);
  }

  #post(request: WorkerRequest, input: Input): void {
    this.#asked = input;
    this.#status.textContent = this.#strings.diagnosing;
    this.#root.setAttribute('aria-busy', 'true');
    this.#worker.postMessage({ ...request, indexUrl: this.#indexUrl });
  }

  #receive(response: WorkerResponse): void {
    if (response.kind === 'ready') return this.#onWorkerReady();
    if (response.kind === 'rows') {
      const waiting = this.#rowsWaiting.get(response.id);
      this.#rowsWaiting.delete(response.id);
      return waiting?.(response.stale ? undefined : response);
    }
    // A newer request was made: this answer is stale.
    if (response.id !== this.#requestId) return;
    if (response.kind === 'progress') {
      this.#status.textContent = this.#strings.reading(response.loaded, response.total);
      return;
    }
    this.#root.removeAttribute('aria-busy');
    if (response.kind === 'error') {
      const failure = this.#strings.failures[response.reason];
      return this.#show(failure(response.file ?? '', response.limit ?? MAX_BROWSER_BYTES / 1048576), 'error');
    }
    if (this.#asked) this.#input.read(this.#asked, response.result.files);
    void this.#draw(response.result, response.id);
  }

  #show(message: string, tone: 'info' | 'error' = 'info'): void {
    this.#root.removeAttribute('aria-busy');
    this.#status.textContent = '';
    const p = el('p', message, `notice notice--${tone}`);
    this.#output.replaceChildren(p);
    this.#root.querySelector('[data-details]')?.replaceChildren();
  }

  /** Article titles in the page's language, from the same index the worker uses. */
  titles(): Promise<Map<string, string>> {
    this.#titles ??= fetch(this.#indexUrl)
      .then((r) => r.json() as Promise<SignatureIndex>)
      .then((index) => new Map(index.articles.map((a) => [a.slug, a.title[this.#lang]])))
      .catch(() => new Map());
    return this.#titles;
  }

  #context(titles: Map<string, string>): RenderContext {
    const articleBase = this.#root.dataset['articles'] ?? '';
    return { lang: this.#lang, strings: this.#strings, titles, articleUrl: (slug) => `${articleBase}${slug}/` };
  }

  async #draw(result: WidgetResult, id: number): Promise<void> {
    const ctx = this.#context(await this.titles());
    if (id !== this.#requestId) return;
    this.#status.textContent = '';
    const lead = el('p', this.#lead(result), 'lead');
    const nodes: Node[] = [lead];
    if (result.matches.length) nodes.push(matchList(result, ctx));
    this.#output.replaceChildren(...nodes);
    const details: Node[] = [];
    if (result.files.length) details.push(el('p', this.#strings.files(result.files.map((f) => `${f.name} (${ENCODING_NAMES[f.encoding]})`).join(', ')), 'files'));
    if (result.codes.length) details.push(codeList(result, ctx));
    if (result.entries) details.push(logTable(result, ctx, (problemsOnly) => this.#rows(id, problemsOnly)));
    if (result.matches.length) details.push(this.#shareLink(result));
    this.#root.querySelector('[data-details]')?.replaceChildren(...details);
  }

  /** The table rows of the answer to request `of`, from the worker. */
  #rows(of: number, problemsOnly: boolean): Promise<{ rows: TableRow[]; total: number } | undefined> {
    const id = ++this.#rowsRequestId;
    return new Promise((resolve) => {
      this.#rowsWaiting.set(id, resolve);
      this.#worker.postMessage({ id, kind: 'rows', of, problemsOnly, indexUrl: this.#indexUrl });
    });
  }

  #lead(result: WidgetResult): string {
    const article = this.#root.dataset['article'];
    const [top] = result.matches;
    if (article) {
      if (top?.slug === article) return this.#strings.bestHere;
      return top ? this.#strings.betterElsewhere : this.#strings.notHere;
    }
    if (result.notice === 'failed') return this.#strings.failed;
    if (!result.matches.length) return this.#strings.noMatch;
    return this.#strings.results(result.matches.length);
  }

  /** A link that carries only the suggested articles' slugs, never the log. */
  #shareLink(result: WidgetResult): HTMLElement {
    const link = el('a', this.#strings.share, 'share');
    link.href = `${this.#root.dataset['page'] ?? ''}#articles=${result.matches.map((m) => encodeURIComponent(m.slug)).join(',')}`;
    const p = el('p');
    p.append(link);
    return p;
  }

  /** Shows the articles of a shared link (#articles=a,b), keeping only slugs the index knows. */
  async showShared(slugs: string[]): Promise<void> {
    const titles = await this.titles();
    const known = slugs.filter((slug) => titles.has(slug));
    if (!known.length) return;
    const ctx = this.#context(titles);
    const list = el('ol', undefined, 'matches');
    for (const slug of known) {
      const link = el('a', titles.get(slug));
      link.href = ctx.articleUrl(slug);
      const item = el('li');
      item.append(link);
      list.append(item);
    }
    this.#output.replaceChildren(el('p', this.#strings.sharedResult, 'lead'), list);
  }
}
