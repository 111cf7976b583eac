// SHIPS TO THE BROWSER. The one element builder of the site's scripts (the diagnosis widget and the
// search page): createElement (createElementNS for SVG), attributes and children, where strings
// become text nodes, so text from a log, a query or an excerpt never goes through innerHTML.

/** What an element may hold: nodes and text; false and undefined are skipped (for conditionals). */
export type Child = Node | string | false | undefined;

/** document.createElement with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** document.createElementNS for SVG, with attributes and children, as el() builds HTML. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}
