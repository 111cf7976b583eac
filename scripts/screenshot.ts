// Writes docs/screenshot.png (the README's picture) from the built site:
// npm run screenshot [path] [out] [light|dark] [width]   e.g. … en/articles/x/ docs/phone.png dark 360
// A width under 600 px is a phone: the picture is its first screen, 740 px tall (Android's usual 360 × 740).
import { launchBrowser } from '../checks/e2e/support/browser.ts';
import { serveSite } from '../checks/e2e/support/static-server.ts';

const [
  path = 'ja/articles/ipv6-slow-response/',
  out = 'docs/screenshot.png',
  scheme = 'light',
  width = '1280',
] = process.argv.slice(2);
const phone = Number(width) < 600;
const site = await serveSite('dist', process.env['OOBKB_BASE'] ?? '/');
const browser = await launchBrowser();
const page = await browser.newPage({
  viewport: { width: Number(width), height: phone ? 740 : 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
  ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
});
await page.goto(site.url(path));
await page.screenshot({ path: out });
await browser.close();
await site.close();
console.log(`wrote ${out}`);
