// SHIPS TO THE BROWSER, EAGERLY: keep it tiny. Defines <kb-diagnose>; the controller, the worker
// and the index load only when a person first uses the widget (focus, typing, a drop, a click).
type Controller = import('./controller.ts').DiagnoseController;

// Matches a shared result in the URL fragment, e.g. #articles=ipv6-slow-response,another-console-connected
const RE_SHARED = /^#articles=([a-z0-9,-]+)$/;

class KbDiagnose extends HTMLElement {
  #controller: Promise<Controller> | undefined;

  connectedCallback(): void {
    const load = () => this.#load();
    for (const type of ['focusin', 'pointerdown', 'dragenter']) this.addEventListener(type, load, { once: true });
    // Accept drops and clicks even before the controller has loaded.
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length) void this.#load().then((c) => c.diagnoseFiles(files));
    });
    // The button is type=button (see DiagnoseWidget.astro); a submit is refused all the same.
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-diagnose]')?.addEventListener('click', () => void this.#load().then((c) => c.diagnoseText()));
    const shared = RE_SHARED.exec(location.hash);
    if (shared && this.dataset['shared'] !== undefined) void this.#load().then((c) => c.showShared(shared[1]!.split(',')));
  }

  #load(): Promise<Controller> {
    this.#controller ??= import('./controller.ts').then(({ DiagnoseController }) => new DiagnoseController(this));
    return this.#controller;
  }
}

customElements.define('kb-diagnose', KbDiagnose);
