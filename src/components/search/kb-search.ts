// SHIPS TO THE BROWSER, ON THE SEARCH PAGE ONLY. <kb-search> enhances the search page's form (a
// plain GET form without JavaScript): it runs the query in ?q= on load, searches as you type, and
// keeps the query and the filters in the URL. Pagefind loads with the first query or focus.
import {
  FILTER_NAMES,
  readState,
  writeState,
  type SearchState,
} from '../../lib/search/url-state.ts';
import { readConfig, SearchController } from './controller.ts';
import type { PagefindFilters } from './pagefind.ts';
import { ResultsView } from './results-view.ts';
import { STRINGS } from '../../i18n/search.ts';

const TYPING_DELAY_MS = 200;

class KbSearch extends HTMLElement {
  #controller!: SearchController;
  #view!: ResultsView;
  #form!: HTMLFormElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const config = readConfig(this);
    const strings = STRINGS[config.lang];
    this.#controller = new SearchController(config);
    this.#form = this.querySelector('form')!;
    const parts = {
      output: this.querySelector<HTMLElement>('[data-output]')!,
      status: this.querySelector<HTMLElement>('[data-status]')!,
    };
    this.#view = new ResultsView(this.#controller, parts, strings);
    const state = readState(new URLSearchParams(location.search));
    this.#apply(state);
    this.#wire();
    if (state.q || Object.keys(state.filters).length) void this.#run();
    else this.addEventListener('focusin', () => void this.#controller.load(), { once: true });
  }

  #wire(): void {
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#form.addEventListener('input', (event) => {
      clearTimeout(this.#timer);
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.#run();
      else this.#timer = setTimeout(() => void this.#run(), TYPING_DELAY_MS);
    });
  }

  /** Puts a state into the form: the query and the checked filters. */
  #apply(state: SearchState): void {
    (this.#form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const box of this.#boxes())
      box.checked =
        state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    if (Object.keys(state.filters).length) this.querySelector('details')?.setAttribute('open', '');
  }

  /** The form's state. */
  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const name of FILTER_NAMES) {
      const checked = this.#boxes()
        .filter((b) => b.name === name && b.checked)
        .map((b) => b.value);
      if (checked.length) filters[name] = checked;
    }
    return { q: (this.#form.elements.namedItem('q') as HTMLInputElement).value.trim(), filters };
  }

  /** Pagefind's filters for the checked boxes: any value within a filter, every filter. */
  #filters(): PagefindFilters {
    const filters: PagefindFilters = {};
    for (const box of this.#boxes().filter((b) => b.checked))
      (filters[box.name] ??= { any: [] }).any.push(box.dataset['value'] ?? box.value);
    return filters;
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  }

  async #run(): Promise<void> {
    clearTimeout(this.#timer);
    const state = this.#state();
    const params = writeState(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    if (!state.q && !Object.keys(state.filters).length) return this.#view.clear();
    this.setAttribute('aria-busy', 'true');
    try {
      const outcome = await this.#controller.search(state.q, this.#filters());
      if (outcome) await this.#view.show(outcome);
    } catch {
      this.#view.say(STRINGS[this.#controller.config.lang].failed);
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

customElements.define('kb-search', KbSearch);
