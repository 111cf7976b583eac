// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The one coordinator of a widget:
// events from the form go to the current input (input.ts), the input goes to the worker
// (worker-client.ts), and the newest answer goes to the view (view.ts). Nothing is stored, nothing
// leaves the page except the index fetched by the worker.
import { CurrentInput, type Input } from './input.ts';
import { HOLD_PASTE_CHARS } from './paste-limit.ts';
import { STRINGS } from '../../i18n/widget.ts';
import { DiagnoseView } from './view.ts';
import { ExplainView } from './explain-view.ts';
import { startWorker, WorkerClient, type Diagnosable } from './worker-client.ts';

/** Typing diagnoses as you go only for texts up to this size (larger pastes are held anyway). */
const LIVE_LIMIT = HOLD_PASTE_CHARS;
const LIVE_DELAY_MS = 350;
// Matches the first character that is not white space.
const RE_VISIBLE = /\S/;

export class DiagnoseController {
  readonly #strings;
  readonly #field: HTMLTextAreaElement;
  readonly #view: DiagnoseView;
  readonly #explain: ExplainView;
  readonly #input: CurrentInput;
  readonly #client: WorkerClient;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement) {
    const lang = root.dataset['lang'] === 'ja' ? 'ja' : 'en';
    this.#strings = STRINGS[lang];
    this.#field = root.querySelector('textarea')!;
    this.#view = new DiagnoseView(root, this.#strings);
    this.#explain = new ExplainView(root, this.#strings);
    this.#input = new CurrentInput(this.#field, this.#view);
    const indexUrl = new URL(root.dataset['index'] ?? 'diagnose-index.json', location.href).href;
    this.#client = new WorkerClient(startWorker(), { indexUrl, lang });
    void this.#client.ready.then(
      () => (root.dataset['ready'] = ''),
      () => {},
    );
    // The Diagnose button, file choices and drops are handled by <kb-diagnose> itself (they may come
    // before this module loads), and so is a paste made before it loaded.
    this.#field.addEventListener('paste', (event) =>
      this.#input.takePaste(event, () => this.diagnose()),
    );
    // Ctrl+Enter (⌘+Enter on a Mac) diagnoses from the keyboard; Enter alone is a new line.
    this.#field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      this.diagnose();
    });
    this.#field.addEventListener('input', () => this.typed());
    root.querySelector('[data-held-remove]')?.addEventListener('click', () => {
      this.#useField();
      this.#field.focus();
    });
  }

  /** The field changed: its text is the input again, diagnosed as the person types. */
  typed(): void {
    this.#useField();
    clearTimeout(this.#timer);
    if (this.#field.value.length <= LIVE_LIMIT)
      this.#timer = setTimeout(() => this.diagnose(), LIVE_DELAY_MS);
  }

  /** Opened or dropped files become the input and are diagnosed. */
  open(files: File[]): void {
    if (!files.length) return;
    this.#input.open(files);
    this.diagnose();
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
    if (input.kind === 'files') return void this.#run(input, { kind: 'files', files: input.files });
    const text = this.#input.text(input);
    // A regex test stops at the first visible character; trim() would copy a multi-megabyte paste.
    if (!RE_VISIBLE.test(text)) {
      this.#client.cancel();
      this.#explain.clear();
      return this.#view.notice(this.#strings.empty);
    }
    void this.#run(input, { kind: 'text', text });
  }

  /** Shows the articles of a shared link (#articles=a,b), keeping only slugs the index knows. */
  async showShared(slugs: string[]): Promise<void> {
    this.#view.shared(await this.#client.titles(slugs));
  }

  /** Drops a held paste or files; an answer still on its way for them is no longer drawn. */
  #useField(): void {
    if (!this.#input.useField()) return;
    this.#client.cancel();
    this.#view.idle();
  }

  async #run(input: Input, body: Diagnosable): Promise<void> {
    this.#view.busy();
    const answer = await this.#client.diagnose(body, (loaded, total) =>
      this.#view.progress(loaded, total),
    );
    if (!answer) return;
    if (answer.kind === 'error') {
      this.#explain.clear();
      return this.#view.notice(this.#strings.failures[answer.reason](answer.file ?? ''), 'error');
    }
    this.#input.read(input, answer.result);
    this.#view.answer(answer.result, (problemsOnly) => this.#client.rows(answer.id, problemsOnly));
    this.#explain.show(answer.result.entries, () => this.#client.explain(answer.id));
  }
}
