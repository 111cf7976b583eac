// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). A paste too large to show well is
// held in memory instead of being inserted into the field: Chromium takes over a second to insert
// 2.5 MB into a textarea, and every later redraw of the page is slower while the field holds it.
// The held text lives only in this object; it is never stored, and it is dropped on Remove or typing.
import { countLines } from '../../lib/diagnose/parse-lines.ts';
import type { WidgetStrings } from './strings.ts';

/** Pastes longer than this (in characters) are held rather than inserted. */
export const HOLD_PASTE_CHARS = 200_000;

export class HeldPaste {
  readonly #note: HTMLElement | null;
  readonly #strings: WidgetStrings;
  #text: string | undefined;

  /** `note` is the widget's [data-held] element: its [data-held-text] says what is held. */
  constructor(note: HTMLElement | null, strings: WidgetStrings) {
    this.#note = note;
    this.#strings = strings;
  }

  /** The held text, if any. */
  get text(): string | undefined {
    return this.#text;
  }

  /**
   * Takes a paste event: a large paste is kept out of the field and `then` runs with it in a task of
   * its own (reading the clipboard is already Chromium's ~0.1 s). Smaller pastes go to the field.
   */
  take(event: ClipboardEvent, field: HTMLTextAreaElement, then: () => void): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= HOLD_PASTE_CHARS) return;
    event.preventDefault();
    field.value = '';
    this.#text = text;
    setTimeout(() => {
      if (this.#text !== text) return;
      this.#note?.querySelector('[data-held-text]')?.replaceChildren(this.#strings.held(countLines(text), text.length));
      if (this.#note) this.#note.hidden = false;
      then();
    });
  }

  /** Drops the held text and hides the note. */
  release(): void {
    if (this.#text === undefined) return;
    this.#text = undefined;
    if (this.#note) this.#note.hidden = true;
  }
}
