// SHIPS TO THE BROWSER, EAGERLY: keep it tiny. Defines <kb-diagnose>; the controller, the worker
// and the index load only when a person first uses the widget (focus, typing, a drop, a click).
// Whatever arrives before they have loaded (a click on Diagnose, a chosen file, a drop, a paste) is
// kept here and handed over once they have.
import { HOLD_PASTE_CHARS } from './paste-limit.ts';

type Controller = import('./controller.ts').DiagnoseController;

// Matches a shared result in the URL fragment, e.g. #articles=ipv6-slow-response,another-console-connected
const RE_SHARED = /^#articles=([a-z0-9,-]+)$/;

class KbDiagnose extends HTMLElement {
  #controller: Promise<Controller> | undefined;
  /** Set once the controller exists: from then on it handles pastes itself. */
  #loaded = false;

  connectedCallback(): void {
    const load = () => void this.#load();
    for (const type of ['focusin', 'pointerdown', 'dragenter'])
      this.addEventListener(type, load, { once: true });
    // Accept drops and clicks even before the controller has loaded.
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      this.#open([...(event.dataTransfer?.files ?? [])]);
    });
    this.addEventListener('change', (event) => this.#chosen(event.target));
    this.addEventListener('paste', (event) => this.#earlyPaste(event));
    // The button is type=button (see DiagnoseWidget.astro); a submit is refused all the same.
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-diagnose]')?.addEventListener(
      'click',
      () => void this.#load().then((c) => c.diagnose()),
    );
    // Files chosen before this element was defined (a slow page) are taken now.
    this.#chosen(this.querySelector('input[type=file]'));
    const shared = RE_SHARED.exec(location.hash);
    if (shared && this.dataset['shared'] !== undefined)
      void this.#load().then((c) => c.showShared(shared[1]!.split(',')));
  }

  /** Takes the files of the file input, and empties it so that choosing the same file again counts. */
  #chosen(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'file' || !target.files?.length)
      return;
    const files = [...target.files];
    target.value = '';
    this.#open(files);
  }

  #open(files: File[]): void {
    if (files.length) void this.#load().then((c) => c.open(files));
  }

  /** A paste before the controller loaded: a large one is held for it, a small one is diagnosed once it has. */
  #earlyPaste(event: ClipboardEvent): void {
    if (this.#loaded || !(event.target instanceof HTMLTextAreaElement)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= HOLD_PASTE_CHARS) return void this.#load().then((c) => c.typed());
    event.preventDefault();
    void this.#load().then((c) => c.hold(text));
  }

  #load(): Promise<Controller> {
    this.#controller ??= import('./controller.ts').then(({ DiagnoseController }) => {
      this.#loaded = true;
      return new DiagnoseController(this);
    });
    return this.#controller;
  }
}

customElements.define('kb-diagnose', KbDiagnose);
