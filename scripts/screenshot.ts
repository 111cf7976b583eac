// Writes docs/screenshot.png (the README's picture) from the built site: npm run screenshot [path] [out] [dark]
import { launchBrowser } from '../checks/e2e/support/browser.ts';
import { serveSite } from '../checks/e2e/support/static-server.ts';

const [path = 'ja/articles/ipv6-slow-response/', out = 'docs/screenshot.png', scheme = 'light'] = process.argv.slice(2);
const site = await serveSite('dist', process.env['OOBKB_BASE'] ?? '/');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(site.url(path));
await page.screenshot({ path: out });
await browser.close();
await site.close();
console.log(`wrote ${out}`);
