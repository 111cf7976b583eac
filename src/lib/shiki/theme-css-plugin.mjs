// A Vite plugin serving `virtual:oobkb/shiki-theme.css`: the class stylesheet for the two Shiki
// themes, bundled into the site's one CSS file by the layout's import.
import { themePaletteCss } from './theme-classes.mjs';

const ID = 'virtual:oobkb/shiki-theme.css';

/** @returns {import('vite').Plugin} */
export function shikiThemeCss(lightName, darkName) {
  return {
    name: 'oobkb:shiki-theme-css',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const { bundledThemes } = await import('shiki/themes');
      const [light, dark] = await Promise.all([
        bundledThemes[lightName](),
        bundledThemes[darkName](),
      ]);
      return themePaletteCss(light.default, dark.default);
    },
  };
}
