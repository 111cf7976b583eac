// SHIPS TO THE BROWSER (loaded on first use). For a log that no article matches: the offer "Start
// an article from this log", which shows the draft the worker made (facts.yaml, ja.mdx, en.mdx) in
// read-only fields, each with Copy and Download. Download hands the browser a Blob through an
// object URL (revoked after): the draft never leaves the browser, and no request is made.
import { ARTICLE_FILES, type ArticleFiles } from '../../lib/authoring/article-files.ts';
import type { WidgetStrings } from '../../i18n/widget.ts';
import { el } from '../element.ts';

/** How long a download's object URL lives: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a text as a file named `name`, without a request. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** One file of the draft: its text in a read-only field, Copy and Download. */
function draftFile(name: string, text: string, strings: WidgetStrings, status: HTMLElement) {
  const field = el(
    'textarea',
    { readonly: '', rows: '12', spellcheck: 'false', wrap: 'off' },
    text,
  );
  const copy = el('button', { type: 'button', class: 'secondary' }, strings.copyFile(name));
  const save = el('button', { type: 'button', class: 'secondary' }, strings.downloadFile(name));
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(text).then(
      () => (status.textContent = strings.copied(name)),
      () => {
        // No clipboard permission (e.g. an http intranet host): select the text instead.
        field.select();
        status.textContent = strings.copyFailed(name);
      },
    );
  });
  save.addEventListener('click', () => download(name, text));
  return el(
    'div',
    { class: 'draft-file' },
    el('label', {}, el('span', { class: 'draft-file__name' }, name), field),
    el('p', { class: 'draft-file__actions' }, copy, ' ', save),
  );
}

/** The offer: a button that shows (and builds, the first time) the draft's three files. */
export function draftOffer(files: ArticleFiles, strings: WidgetStrings): HTMLElement {
  const panel = el('div', { class: 'draft', hidden: '' });
  const toggle = el(
    'button',
    { type: 'button', class: 'secondary', 'aria-expanded': 'false' },
    strings.draftOffer,
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    if (open && !panel.hasChildNodes()) {
      const status = el('p', { class: 'draft__status', role: 'status' });
      panel.append(
        el('p', { class: 'draft__intro' }, strings.draftIntro),
        ...ARTICLE_FILES.map((name) => draftFile(name, files[name], strings, status)),
        status,
      );
    }
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return el('section', { class: 'draft-offer' }, toggle, panel);
}
