// Shiki writes colours as inline style attributes, which a strict Content-Security-Policy
// (style-src 'self') forbids. This transformer turns them into classes, and themePaletteCss()
// writes the stylesheet for those classes from the two themes' palettes, so the CSS is derived
// from the themes and can never miss a colour the highlighter emits.

const THEME_KEYS = { light: 'l', dark: 'd' };

// Matches one declaration of Shiki's dual-theme style, e.g. --shiki-dark:#E1E4E8 or --shiki-light-font-style:italic
const RE_SHIKI_DECLARATION = /--shiki-(light|dark)(-bg|-font-style|-font-weight)?:([^;]+)/g;
// Matches a hex colour, e.g. #fff or #24292E or #24292e80
const RE_HEX = /^#([0-9a-f]{3,8})$/i;

/** The class for one theme's colour: ('dark', '#E1E4E8') → 'shd-e1e4e8'. */
export function colorClass(theme, color) {
  const hex = RE_HEX.exec(color.trim())?.[1]?.toLowerCase();
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `sh${THEME_KEYS[theme]}-${full}`;
}

/** Classes replacing one Shiki style attribute; the background of <pre> is left to the stylesheet. */
export function classesForStyle(style) {
  const classes = [];
  for (const [, theme, kind, value] of style.matchAll(RE_SHIKI_DECLARATION)) {
    if (kind === '-bg') continue;
    if (kind === '-font-style' && value.includes('italic'))
      classes.push(`sh${THEME_KEYS[theme]}-i`);
    else if (kind === '-font-weight' && value.includes('bold'))
      classes.push(`sh${THEME_KEYS[theme]}-b`);
    else if (!kind) {
      const name = colorClass(theme, value);
      if (name) classes.push(name);
    }
  }
  return classes;
}

/** @type {import('shiki').ShikiTransformer} */
export const themeClassesTransformer = {
  name: 'oobkb:theme-classes',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    for (const name of classesForStyle(style)) this.addClassToHast(node, name);
  },
};

function paletteOf(theme) {
  const colors = new Set([theme.colors?.['editor.foreground'] ?? theme.fg].filter(Boolean));
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    if (rule.settings?.foreground) colors.add(rule.settings.foreground);
  }
  return colors;
}

/** The stylesheet for every class the transformer can emit with these two themes. */
export function themePaletteCss(light, dark) {
  const rules = (key, theme) =>
    [...paletteOf(theme)]
      .map((color) => colorClass(key, color))
      .filter(Boolean)
      .map((name) => `.astro-code .${name}{color:#${name.slice(4)}}`);
  return [
    `.astro-code{background:${light.colors?.['editor.background'] ?? '#fff'};color:${light.colors?.['editor.foreground']}}`,
    ...new Set(rules('light', light)),
    '.astro-code .shl-i{font-style:italic}.astro-code .shl-b{font-weight:bold}',
    `@media (prefers-color-scheme:dark){.astro-code{background:${dark.colors?.['editor.background']};color:${dark.colors?.['editor.foreground']}}`,
    ...new Set(rules('dark', dark)),
    '.astro-code .shl-i{font-style:normal}.astro-code .shl-b{font-weight:normal}.astro-code .shd-i{font-style:italic}.astro-code .shd-b{font-weight:bold}}',
  ].join('\n');
}
