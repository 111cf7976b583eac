// A link check over the built site: no broken internal link or anchor, no link to another host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLinks } from '../../scripts/lib/link-check.ts';

test('the built site has no broken internal link or anchor', () => {
  const { pages, links, broken } = checkLinks('dist');
  console.log(`checked ${links} links on ${pages} pages`);
  assert.ok(pages > 60 && links > 1000);
  assert.deepEqual(broken, []);
});

test('no page loads or links anything from another host', () => {
  const { external } = checkLinks('dist');
  // Articles may cite documentation on the web as text, but never as a link or a resource.
  assert.deepEqual(external, []);
});
