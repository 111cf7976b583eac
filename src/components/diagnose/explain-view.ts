// SHIPS TO THE BROWSER (loaded on first use of a <kb-diagnose>). The Explain view of the diagnose
// page: after an answer, a fold that, once opened, shows per line why each signature tried did or
// did not fire. The worker works it out from the text it already holds, with the same engine and
// the same words as `oobkb explain`; opening it sends nothing anywhere.
import type { Explained } from './worker-client.ts';
import { explainedEntry, type ExplainContext } from './explain-render.ts';
import type { WidgetStrings } from '../../i18n/widget.ts';
import { el } from '../element.ts';

/** Asks the worker for the explanation of the answer drawn; undefined when a newer one replaced it. */
export type ExplanationLoader = () => Promise<Explained | undefined>;

/** The line above the entries: how many are explained, or why none is. */
function noteOf(answer: Explained, strings: WidgetStrings): string {
  if (answer.failed) return strings.explainFailed;
  if (answer.streamed) return strings.explainStreamed;
  if (!answer.total) return strings.explainNone;
  return answer.entries.length < answer.total
    ? strings.explainCapped(answer.entries.length, answer.total)
    : strings.explainCount(answer.total);
}

export class ExplainView {
  /** The page's Explain region; absent (article pages), the view draws nothing. */
  readonly #region: HTMLElement | null;
  readonly #ctx: ExplainContext;
  /** Counts the answers shown, so a late explanation of an older one is dropped. */
  #shown = 0;

  constructor(root: HTMLElement, strings: WidgetStrings) {
    this.#region = root.querySelector('[data-explain]');
    const articles = root.dataset['articles'] ?? '';
    this.#ctx = { strings, articleUrl: (slug) => `${articles}${slug}/` };
  }

  /** After an answer with entries: the closed fold (open again if it was, and filled at once). */
  show(entries: number, load: ExplanationLoader): void {
    if (!this.#region) return;
    const wasOpen = this.#region.querySelector('details')?.open ?? false;
    const shown = ++this.#shown;
    if (!entries) return this.#region.replaceChildren();
    const { strings } = this.#ctx;
    const note = el('p', { class: 'explain-note', role: 'status' });
    const list = el('ol', { class: 'explained-list' });
    const details = el(
      'details',
      { class: 'explain' },
      el('summary', {}, strings.explainSummary),
      el('p', { class: 'explain-intro' }, strings.explainIntro),
      note,
      list,
    );
    let asked = false;
    const fill = async (): Promise<void> => {
      asked = true;
      note.textContent = strings.explaining;
      const answer = await load();
      if (shown !== this.#shown || !answer) return;
      list.replaceChildren(
        ...answer.entries.map((entry) => explainedEntry(entry, answer.nothingTried, this.#ctx)),
      );
      note.textContent = noteOf(answer, strings);
    };
    details.addEventListener('toggle', () => details.open && !asked && void fill());
    this.#region.replaceChildren(details);
    if (wasOpen) {
      details.open = true;
      void fill();
    }
  }

  /** No answer is shown (an empty input, a refused file): no explanation either. */
  clear(): void {
    ++this.#shown;
    this.#region?.replaceChildren();
  }
}
