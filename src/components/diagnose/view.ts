// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The widget's regions on the page:
// the live status, the answer (output and details), and the note that stands in for the field when
// the input is a held paste or files. It draws what it is given; render.ts builds the nodes.
import type { WidgetResult } from '../../lib/diagnose-worker/protocol.ts';
import type { FilesInput, HeldInput, InputNoteView } from './input.ts';
import {
  codeList,
  el,
  fileLine,
  leadLine,
  logTable,
  matchList,
  searchOffer,
  shareLink,
  sharedList,
  type RenderContext,
  type RowLoader,
} from './render.ts';
import type { WidgetStrings } from '../../i18n/widget.ts';
import { stripSection } from './strip.ts';

export class DiagnoseView implements InputNoteView {
  readonly #root: HTMLElement;
  readonly #ctx: RenderContext;
  readonly #status: HTMLElement;
  readonly #output: HTMLElement;
  readonly #details: HTMLElement | null;
  readonly #note: HTMLElement | null;

  /** Reads its regions and links from the <kb-diagnose> element (see DiagnoseWidget.astro). */
  constructor(root: HTMLElement, strings: WidgetStrings) {
    this.#root = root;
    const { articles = '', page = '', search = '', article } = root.dataset;
    this.#ctx = { strings, articleUrl: (slug) => `${articles}${slug}/`, page, search, article };
    this.#status = root.querySelector('[data-status]')!;
    this.#output = root.querySelector('output')!;
    this.#details = root.querySelector('[data-details]');
    this.#note = root.querySelector('[data-held]');
  }

  /** A diagnosis is under way. */
  busy(): void {
    this.#root.setAttribute('aria-busy', 'true');
    this.#status.textContent = this.#ctx.strings.diagnosing;
  }

  /** How much of the files has been read. */
  progress(loaded: number, total: number): void {
    this.#status.textContent = this.#ctx.strings.reading(loaded, total);
  }

  /** Nothing is under way any more (the answer was dropped, or is drawn next). */
  idle(): void {
    this.#root.removeAttribute('aria-busy');
    this.#status.textContent = '';
  }

  /** A message instead of an answer: an empty input, a refused file. */
  notice(message: string, tone: 'info' | 'error' = 'info'): void {
    this.idle();
    this.#output.replaceChildren(el('p', { class: `notice notice--${tone}` }, message));
    this.#details?.replaceChildren();
  }

  /** Draws an answer: the lead and the articles, then the files, codes, table and share link. */
  answer(result: WidgetResult, loadRows: RowLoader): void {
    this.idle();
    const { strings } = this.#ctx;
    const found = result.matches.length > 0;
    const offer = !found && result.searchQuery ? [searchOffer(result.searchQuery, this.#ctx)] : [];
    this.#output.replaceChildren(
      leadLine(result, this.#ctx),
      ...(found ? [matchList(result.matches, this.#ctx)] : []),
      ...offer,
    );
    this.#details?.replaceChildren(
      ...(result.files.length ? [fileLine(result.files, strings)] : []),
      ...stripSection(result, strings),
      ...(result.codes.length ? [codeList(result.codes, strings)] : []),
      ...(result.entries ? [logTable(result, strings, loadRows)] : []),
      ...(found ? [shareLink(result.matches, this.#ctx)] : []),
    );
  }

  /** The articles of a shared link (#articles=…). */
  shared(articles: { slug: string; title: string }[]): void {
    if (!articles.length) return;
    this.#output.replaceChildren(
      el('p', { class: 'lead' }, this.#ctx.strings.sharedResult),
      sharedList(articles, this.#ctx),
    );
  }

  /** Shows what is held instead of the field: lines and characters, or the files and how they were read. */
  show(input: HeldInput | FilesInput): void {
    if (!this.#note) return;
    const s = this.#ctx.strings;
    const text =
      input.kind === 'held'
        ? s.held(input.text.length, input.lines)
        : s.opened(input.files.map((file, i) => s.openedFile(file.name, input.read?.[i])));
    this.#note.querySelector('[data-held-text]')?.replaceChildren(text);
    this.#note
      .querySelector('[data-held-remove]')
      ?.replaceChildren(input.kind === 'held' ? s.removePaste : s.removeFiles(input.files.length));
    this.#note.dataset['kind'] = input.kind;
    this.#note.hidden = false;
  }

  /** The field is the input again. */
  hide(): void {
    if (!this.#note) return;
    this.#note.hidden = true;
    delete this.#note.dataset['kind'];
  }
}
