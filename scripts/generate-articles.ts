// Writes a content folder with the real knowledge base plus N synthetic articles (both languages,
// with signatures), for measuring how the site scales: npx node scripts/generate-articles.ts N DIR
// Then build it with: OOBKB_CONTENT=DIR npx astro build --outDir DIR-dist
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../src/schemas/categories.ts';

const CODES = ['0x80072EE9', '0x800703E3', '0x80004005', '0x80072EE2', '0x80072EFD'];
const WORDS =
  'provision certificate redirection console power serial network remote session account policy firmware discovery timeout handshake'.split(
    ' ',
  );
const JA_WORDS =
  '証明書 リダイレクト 電源 シリアル ネットワーク セッション アカウント ポリシー ファームウェア 検出 タイムアウト 接続'.split(
    ' ',
  );

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const id = (n: number) => `synthetic-${String(n).padStart(5, '0')}`;

function facts(n: number): string {
  const code = pick(CODES, n);
  return `category: ${pick(CATEGORIES, n)}
order: ${n}
versions: [sp1, sp2, r2, r3]
logs: [oobconsole.log]
codes: ['${code}']
related: [${id(n === 1 ? 2 : n - 1)}]
signatures:
  - id: ${id(n)}-call
    log: oobconsole.log
    message:
      - text: SyntheticCall${n} ${pick(WORDS, n)} fail with result
        lang: neutral
    code: '${code}'
    samples:
      - 'SyntheticCall${n} ${pick(WORDS, n)} fail with result:${code}'
    nearMisses:
      - 'SyntheticCall${n} ${pick(WORDS, n)} succeeded'
`;
}

function text(n: number, lang: 'ja' | 'en'): string {
  const code = pick(CODES, n);
  const line = `SyntheticCall${n} ${pick(WORDS, n)} fail with result:${code}`;
  const [title, summary, symptom, sections] =
    lang === 'ja'
      ? [
          `合成記事 ${n}: ${pick(JA_WORDS, n)}と${pick(JA_WORDS, n + 3)}の問題`,
          `合成記事 ${n} は規模の測定用です。${pick(JA_WORDS, n)}の設定を確認してください。`,
          `${pick(JA_WORDS, n)}が失敗する`,
          ['原因', '確認方法', '解決方法'],
        ]
      : [
          `Synthetic article ${n}: ${pick(WORDS, n)} and ${pick(WORDS, n + 3)} problem`,
          `Synthetic article ${n} exists to measure scale. Check the ${pick(WORDS, n)} settings.`,
          `The ${pick(WORDS, n)} fails`,
          ['Cause', 'How to confirm', 'Resolution'],
        ];
  return `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(summary)}
symptoms:
  - ${JSON.stringify(symptom)}
---

## ${sections[0]}

${summary}

## ${sections[1]}

\`<ConfigMgrInstallationPath>\\AdminUI\\AdminUILog\\Oobconsole.log\`

\`\`\`cmlog
${line}
\`\`\`

## ${sections[2]}

${summary}
`;
}

/** Writes the real content plus `count` synthetic articles into `dir` (replacing it). */
export function generateContent(count: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const folder = join(dir, 'articles', id(n));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'facts.yaml'), facts(n));
    writeFileSync(join(folder, 'ja.mdx'), text(n, 'ja'));
    writeFileSync(join(folder, 'en.mdx'), text(n, 'en'));
  }
}

if (import.meta.main) {
  const [count = '1000', dir = '.tmp/content-synthetic'] = process.argv.slice(2);
  generateContent(Number(count), dir);
  console.log(`wrote ${count} synthetic articles beside the real ones into ${dir}`);
}
