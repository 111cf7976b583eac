// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The note that stands in for the
// field when the input is a held paste or files: what is held (lines, characters; file names,
// encodings, lines) and a Remove button. File names go in as text only.
import type { FilesInput, HeldInput, InputNoteView } from './input.ts';
import type { WidgetStrings } from './strings.ts';

export class InputNote implements InputNoteView {
  readonly #note: HTMLElement | null;
  readonly #strings: WidgetStrings;

  /** `note` is the widget's [data-held] element, with [data-held-text] and [data-held-remove]. */
  constructor(note: HTMLElement | null, strings: WidgetStrings) {
    this.#note = note;
    this.#strings = strings;
  }

  show(input: HeldInput | FilesInput): void {
    if (!this.#note) return;
    const s = this.#strings;
    const text =
      input.kind === 'held'
        ? s.held(input.lines, input.text.length)
        : s.opened(input.files.map((file, i) => s.openedFile(file.name, input.read?.[i])));
    this.#note.querySelector('[data-held-text]')?.replaceChildren(text);
    const remove = this.#note.querySelector('[data-held-remove]');
    remove?.replaceChildren(input.kind === 'held' ? s.removePaste : s.removeFiles(input.files.length));
    this.#note.dataset['kind'] = input.kind;
    this.#note.hidden = false;
  }

  hide(): void {
    if (!this.#note) return;
    this.#note.hidden = true;
    delete this.#note.dataset['kind'];
  }
}
