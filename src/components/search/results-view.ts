// SHIPS TO THE BROWSER (search page only). Draws the search page's answer:
// the code card first, then the full-text results a page at a time. Results whose data arrives
// after a newer answer was drawn are dropped.
import type { SearchController, SearchOutcome } from './controller.ts';
import { codeCardNode, el, resultItem } from './render.ts';
import type { SearchStrings } from '../../i18n/search.ts';

/**
 * Results drawn at first, then per "show more" (each result's excerpt is a fetch). The first page
 * is short because it is part of a first query's cost, which must stay within 100 KB (gzip).
 */
const FIRST_PAGE_SIZE = 3;
const PAGE_SIZE = 5;

/** Draws answers into the page's output and live status. */
export class ResultsView {
  readonly #controller: SearchController;
  readonly #output: HTMLElement;
  readonly #status: HTMLElement;
  readonly #strings: SearchStrings;
  #shown: SearchOutcome | undefined;

  constructor(
    controller: SearchController,
    parts: { output: HTMLElement; status: HTMLElement },
    strings: SearchStrings,
  ) {
    this.#controller = controller;
    this.#output = parts.output;
    this.#status = parts.status;
    this.#strings = strings;
  }

  /** Says what is happening (also to screen readers: the status is a live region). */
  say(text: string): void {
    this.#status.textContent = text;
  }

  /** Draws an answer: the code card, then the first page of results. */
  async show(outcome: SearchOutcome): Promise<void> {
    this.#shown = outcome;
    const s = this.#strings;
    const list = el('ol', { class: 'search-results' });
    const page = await this.#page(outcome, list, 0);
    if (page === undefined) return;
    const { card, results, query } = outcome;
    const count =
      results.length || card || !query ? s.results(results.length, query) : s.noResults(query);
    this.say(`${card ? `${s.codeCard} ${card.code}. ` : ''}${count}`);
    // The query this answer is for: lets a reader (and the checks) tell a fresh answer from a stale one.
    this.#output.dataset['query'] = query;
    this.#output.dataset['count'] = String(results.length);
    this.#output.replaceChildren(
      ...(card ? [codeCardNode(card, this.#controller.config.lang, s)] : []),
      ...(results.length ? [list] : []),
      ...(page.more ? [page.more] : []),
    );
  }

  /** Clears the answer (empty query). */
  clear(): void {
    this.#shown = undefined;
    this.say('');
    delete this.#output.dataset['query'];
    delete this.#output.dataset['count'];
    this.#output.replaceChildren();
  }

  /** Appends one page of results to the list; undefined when a newer answer came first. */
  async #page(
    outcome: SearchOutcome,
    list: HTMLOListElement,
    from: number,
  ): Promise<{ more?: HTMLButtonElement } | undefined> {
    const batch = outcome.results.slice(from, from + (from === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE));
    const data = await this.#controller.data(batch);
    if (this.#shown !== outcome) return undefined;
    list.append(...data.map(resultItem));
    const rest = outcome.results.length - from - batch.length;
    return rest > 0 ? { more: this.#moreButton(outcome, list, from + batch.length, rest) } : {};
  }

  /** "Show 5 more": loads the next page's excerpts, then moves focus to the first new result. */
  #moreButton(
    outcome: SearchOutcome,
    list: HTMLOListElement,
    from: number,
    rest: number,
  ): HTMLButtonElement {
    const button = el(
      'button',
      { type: 'button', class: 'secondary search-more' },
      this.#strings.more(Math.min(rest, PAGE_SIZE)),
    );
    button.addEventListener('click', () => void this.#showMore(button, outcome, list, from));
    return button;
  }

  async #showMore(
    button: HTMLButtonElement,
    outcome: SearchOutcome,
    list: HTMLOListElement,
    from: number,
  ): Promise<void> {
    button.disabled = true;
    const before = list.children.length;
    const page = await this.#page(outcome, list, from);
    if (page === undefined) return;
    button.replaceWith(...(page.more ? [page.more] : []));
    list.children[before]?.querySelector('a')?.focus();
  }
}
