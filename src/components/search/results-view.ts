// SHIPS TO THE BROWSER (loaded on first use of a search box). Draws one search surface's answer:
// the code card first, then the full-text results a page at a time. Results whose data arrives
// after a newer answer was drawn are dropped.
import type { SearchController, SearchOutcome } from './controller.ts';
import { codeCardNode, el, resultItem } from './render.ts';
import type { SearchStrings } from './strings.ts';

/** How a surface shows results: the search page pages through them, the header shows a few. */
export interface ResultsViewOptions {
  /** Results per page (their excerpts load a page at a time). */
  pageSize: number;
  /** Heading level of result titles and of the code card. */
  heading: 'h2' | 'h3';
  /** Whether to offer a "show more" button after a page (the header links to the search page instead). */
  more: boolean;
}

/** Draws answers into a surface's output and live status. */
export class ResultsView {
  readonly #controller: SearchController;
  readonly #output: HTMLElement;
  readonly #status: HTMLElement;
  readonly #strings: SearchStrings;
  readonly #options: ResultsViewOptions;
  #shown: SearchOutcome | undefined;

  constructor(controller: SearchController, parts: { output: HTMLElement; status: HTMLElement }, strings: SearchStrings, options: ResultsViewOptions) {
    this.#controller = controller;
    this.#output = parts.output;
    this.#status = parts.status;
    this.#strings = strings;
    this.#options = options;
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
    const count = results.length || card || !query ? s.results(results.length, query) : s.noResults(query);
    this.say(`${card ? `${s.codeCard} ${card.code}. ` : ''}${count}`);
    // The query this answer is for: lets a reader (and the checks) tell a fresh answer from a stale one.
    this.#output.dataset['query'] = query;
    this.#output.replaceChildren(
      ...(card ? [codeCardNode(card, this.#controller.config.lang, s, this.#options.heading)] : []),
      ...(results.length ? [list] : []),
      ...(page.more ? [page.more] : []),
    );
  }

  /** Clears the answer (empty query). */
  clear(): void {
    this.#shown = undefined;
    this.say('');
    delete this.#output.dataset['query'];
    this.#output.replaceChildren();
  }

  /** Appends one page of results to the list; undefined when a newer answer came first. */
  async #page(outcome: SearchOutcome, list: HTMLOListElement, from: number): Promise<{ more?: HTMLButtonElement } | undefined> {
    const { pageSize, heading, more } = this.#options;
    const batch = outcome.results.slice(from, from + pageSize);
    const data = await this.#controller.data(batch);
    if (this.#shown !== outcome) return undefined;
    list.append(...data.map((d) => resultItem(d, heading)));
    const rest = outcome.results.length - from - batch.length;
    return more && rest > 0 ? { more: this.#moreButton(outcome, list, from + batch.length, rest) } : {};
  }

  /** "Show 5 more": loads the next page's excerpts, then moves focus to the first new result. */
  #moreButton(outcome: SearchOutcome, list: HTMLOListElement, from: number, rest: number): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'secondary search-more' }, this.#strings.more(Math.min(rest, this.#options.pageSize)));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const before = list.children.length;
      const page = await this.#page(outcome, list, from);
      if (page === undefined) return;
      button.replaceWith(...(page.more ? [page.more] : []));
      list.children[before]?.querySelector('a')?.focus();
    });
    return button;
  }
}
