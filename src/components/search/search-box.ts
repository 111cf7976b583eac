// SHIPS TO THE BROWSER, EAGERLY, ON EVERY PAGE: keep it tiny. <kb-search-box> wraps the header's
// search form, a plain GET form to the search page that works without JavaScript. Live results,
// and Pagefind with them, load only when a person first focuses the box.
class KbSearchBox extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('focusin', () => void import('./header-search.ts').then((m) => m.enhance(this)), { once: true });
  }
}

customElements.define('kb-search-box', KbSearchBox);
