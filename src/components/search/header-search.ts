// SHIPS TO THE BROWSER (loaded on first focus of the header's search box). Live results under
// the box while typing; Enter still goes to the search page with every result and the filters.
import { readConfig, SearchController } from './controller.ts';
import { el } from './render.ts';
import { ResultsView } from './results-view.ts';
import { STRINGS } from './strings.ts';

const TYPING_DELAY_MS = 200;

/** Adds live results to a <kb-search-box>. */
export function enhance(root: HTMLElement): void {
  const config = readConfig(root);
  const strings = STRINGS[config.lang];
  const controller = new SearchController(config);
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const output = el('div', { class: 'site-search__results' });
  const all = el('a', { class: 'site-search__all' }, strings.allResults);
  const panel = el('div', { class: 'site-search__panel', id: 'site-search-panel', hidden: '' }, output, all);
  root.append(status, panel);
  input.setAttribute('aria-controls', panel.id);
  const view = new ResultsView(controller, { output, status }, strings, { pageSize: 3, heading: 'h3', more: false });
  const close = (): void => {
    panel.hidden = true;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (): Promise<void> => {
    const q = input.value.trim();
    if (!q) {
      view.clear();
      return close();
    }
    const outcome = await controller.search(q);
    if (!outcome) return;
    all.href = `${form.action}?q=${encodeURIComponent(q)}`;
    await view.show(outcome);
    panel.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => view.say(strings.failed)), TYPING_DELAY_MS);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // The first Escape closes the results; only a second one clears the box (the browser's default).
    event.preventDefault();
    close();
    input.focus();
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => (panel.hidden = !output.hasChildNodes()));
  void controller.load().catch(() => view.say(strings.failed));
  if (input.value.trim()) void run();
}
