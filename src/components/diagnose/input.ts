// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The widget's current input, the one
// thing Diagnose and Ctrl+Enter read: the field's text, a paste too large to show (held), or files
// that were opened or dropped. Held text and File handles live only in this object: never stored,
// dropped when the person removes them or types in the field. How many lines a paste has and how
// the files were read come from the worker's answer.
import type { WidgetResult } from '../../lib/diagnose-worker/protocol.ts';
import { HOLD_PASTE_CHARS } from './paste-limit.ts';

/** The field's text. */
export interface TextInput {
  kind: 'text';
}
/** A large paste kept out of the field; `lines` once the worker has counted them. */
export interface HeldInput {
  kind: 'held';
  text: string;
  lines?: number;
}
/** Opened or dropped files; `read` is what the worker found (encodings, lines), once it answered. */
export interface FilesInput {
  kind: 'files';
  files: File[];
  read?: WidgetResult['files'];
}
export type Input = TextInput | HeldInput | FilesInput;

/** Where a held paste or files are shown, with their Remove button (view.ts). */
export interface InputNoteView {
  show(input: HeldInput | FilesInput): void;
  hide(): void;
}

const TEXT: TextInput = { kind: 'text' };

export class CurrentInput {
  readonly #field: HTMLTextAreaElement;
  readonly #note: InputNoteView;
  #input: Input = TEXT;

  constructor(field: HTMLTextAreaElement, note: InputNoteView) {
    this.#field = field;
    this.#note = note;
  }

  /** What Diagnose reads now. */
  get value(): Input {
    return this.#input;
  }

  /** The field's text, for a text input (held text otherwise). */
  text(input: TextInput | HeldInput): string {
    return input.kind === 'held' ? input.text : this.#field.value;
  }

  /** The field is the input again (typing, Remove); true when a held paste or files were dropped. */
  useField(): boolean {
    if (this.#input.kind === 'text') return false;
    this.#set(TEXT);
    return true;
  }

  /** Opened or dropped files become the input; the field is emptied, as for a held paste. */
  open(files: File[]): FilesInput {
    return this.#set({ kind: 'files', files });
  }

  /** A large paste becomes the input. */
  hold(text: string): HeldInput {
    return this.#set({ kind: 'held', text });
  }

  /**
   * Takes a paste event: a large paste is kept out of the field and `then` runs in a task of its own
   * (reading the clipboard is already Chromium's ~0.1 s). A smaller paste goes into the field.
   */
  takePaste(event: ClipboardEvent, then: () => void): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= HOLD_PASTE_CHARS) return;
    event.preventDefault();
    this.#field.value = '';
    setTimeout(() => {
      this.hold(text);
      then();
    });
  }

  /** Records what the worker read of `input` (its lines, its files), while it is still the input. */
  read(input: Input, result: Pick<WidgetResult, 'lines' | 'files'>): void {
    if (input !== this.#input || input.kind === 'text') return;
    if (input.kind === 'held') input.lines = result.lines;
    else input.read = result.files;
    this.#note.show(input);
  }

  #set<T extends Input>(input: T): T {
    this.#input = input;
    if (input.kind === 'text') this.#note.hide();
    else {
      this.#field.value = '';
      this.#note.show(input);
    }
    return input;
  }
}
