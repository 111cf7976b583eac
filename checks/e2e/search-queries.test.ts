import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../src/schemas/languages.ts';
import { newContext } from './support/browser.ts';
import { pagefindAlone, rankedArticles, resultCount, searchFor } from './support/search-page.ts';
import { useSite } from './support/site.ts';

const { site, browser } = useSite();

/** Queries written from the articles' symptoms, and the article each must put in the top three. */
const QUERIES: Record<Lang, [query: string, slug: string][]> = {
  en: [
    ['console hangs at Connecting', 'console-stuck-connecting'], // its third symptom, reworded
    ['console stuck on connecting', 'console-stuck-connecting'], // "stuck" is in no article: relaxed to the other words
    ['power on password rejected', 'power-on-password-rejected'], // the title's words
    ['uppercase letters and symbols in password', 'power-on-password-rejected'], // second symptom
    ['IDE redirection fails without local administrator', 'ider-fails-without-local-admin'], // first symptom
    ['Serial over LAN session already established by another console', 'another-console-connected'], // the error message
    ['IPv6 slow response', 'ipv6-slow-response'], // the title's words
    ['only the power state is shown', 'only-power-state-shown'], // first symptom
    ['wireless AMT name resolution', 'wireless-amt-name-resolution'], // cause
    ['renamed computer moved to another domain', 'renamed-or-moved-computer'], // second symptom
    ['blocked client', 'blocked-client-behavior'], // the action that causes it
    ['AMT settings not applied to provisioned computers', 'amt-settings-not-applied'], // the title's words
    ['Windows XP SP2 console cannot connect', 'console-on-xp-sp2-or-server-2003-sp1'], // first symptom
    ['no operating system DNS host record', 'no-os-missing-dns-host-record'], // cause
    ['the console does not load', 'console-not-loading-no-amt-user-account'], // first symptom
  ],
  ja: [
    ['名前解決', 'no-os-missing-dns-host-record'], // the example: the summary's cause
    ['電源オン パスワード', 'power-on-password-rejected'], // the example
    ['IDE リダイレクト', 'ider-fails-without-local-admin'], // the example
    ['接続中と表示されたまま', 'console-stuck-connecting'], // first symptom
    ['応答が遅い', 'ipv6-slow-response'], // the title
    ['電源状態しか表示されない', 'only-power-state-shown'], // first symptom, no spaces
    ['ワイヤレス接続の AMT に接続できない', 'wireless-amt-name-resolution'], // first symptom
    ['コンピューター名を変更した後 接続できない', 'renamed-or-moved-computer'], // first symptom
    ['クライアントをブロック', 'blocked-client-behavior'], // the action that causes it
    ['別の Serial over LAN 接続が既に確立', 'another-console-connected'], // the error message
    ['証明書のサブジェクト', 'renamed-or-moved-computer'], // 証明書: the index holds 証明 + 書 (rewritten)
    ['クエリ', 'renamed-or-moved-computer'], // the browser cuts ク + エリ (rewritten)
    ['大文字や記号を含むパスワード', 'power-on-password-rejected'], // 大文字: the index holds 大 + 文字 (rewritten)
    ['ローカル管理者権限', 'ider-fails-without-local-admin'], // 管理者: the index holds 管理 + 者 (rewritten)
    ['ユーザー アカウントが指定されていない', 'console-not-loading-no-amt-user-account'], // third symptom
  ],
};

for (const [lang, queries] of Object.entries(QUERIES) as [Lang, [string, string][]][]) {
  test(`${queries.length} ${lang} symptom queries each put their article in the top three`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(site().url(`${lang}/search/`));
    const misses: string[] = [];
    for (const [query, slug] of queries) {
      await searchFor(page, query);
      const top = (await rankedArticles(page)).slice(0, 3);
      if (!top.includes(slug)) misses.push(`${query} → ${top.join(', ')} (expected ${slug})`);
    }
    assert.deepEqual(misses, []);
    await context.close();
  });
}

test('the Japanese rewrites find articles that Pagefind splitting the query alone misses (issue #1237)', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(site().url('ja/search/'));
  for (const [query, slug] of [
    ['クエリ', 'renamed-or-moved-computer'],
    ['証明書', 'renamed-or-moved-computer'],
  ] as const) {
    await searchFor(page, query);
    assert.equal((await rankedArticles(page))[0], slug, `${query} with the rewrites`);
    assert.notEqual(
      (await pagefindAlone(page, query))[0],
      `/ja/articles/${slug}/`,
      `${query}: Pagefind alone ranks another page first (if this fails, #1237 may be fixed)`,
    );
  }
  await searchFor(page, 'プロビジョニング');
  const rewritten = await resultCount(page);
  assert.ok(rewritten >= 5, `プロビジョニング finds ${rewritten} pages with the rewrites`);
  await context.close();
});
