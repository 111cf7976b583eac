// NODE ONLY. `oobkb code CODE`: decodes one error code in any spelling and names its articles.
import { codeSpellings, decodeHresult, formatCode, parseCode } from '../lib/diagnose/codes.ts';
import type { IndexLang, SignatureIndex } from '../lib/diagnose/signature-index.ts';
import { articleRef } from './links.ts';
import { InputError } from './problems.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';

/** What `oobkb code --json` prints: the code's decoding, its catalogue entry and its articles. */
export type CodeInfo = ReturnType<typeof describeCode>;

export function describeCode(text: string, index: SignatureIndex, lang: IndexLang) {
  const value = parseCode(text);
  if (value === undefined)
    throw new InputError(
      `"${text}" is not an error code (try 0x80072EE9, 80072ee9 or -2147012887)`,
    );
  const code = formatCode(value);
  const parts = decodeHresult(value);
  const known = index.codes[code];
  const articles = index.articles.filter((a) => a.codes.includes(code));
  return {
    code,
    severity: parts.severity,
    facility: parts.facilityName ?? parts.facility,
    facilityCode: parts.facility,
    codeBits: parts.code,
    ...(parts.win32 !== undefined ? { win32: parts.win32 } : {}),
    ...(known ? { names: known.names, message: known.message[lang] } : {}),
    spellings: codeSpellings(value),
    articles: articles.map((a) => ({ slug: a.slug, title: a.title[lang] })),
    /** Whether the knowledge base knows the code: catalogued, or named by an article (exit 0; else 1). */
    known: known !== undefined || articles.length > 0,
  };
}

/** Human-readable lines. */
export function humanCode(info: CodeInfo, lang: IndexLang, site?: string): string {
  const lines = [
    `${info.code}${info.names?.length ? `  ${info.names.join(' / ')}` : ''}`,
    `  ${info.message ?? CLI_STRINGS[lang].notInCatalogue}`,
    `  severity ${info.severity}, facility ${info.facility} (${info.facilityCode}), code 0x${info.codeBits.toString(16).toUpperCase()}${info.win32 !== undefined ? `, Win32 ${info.win32}` : ''}`,
    `  ${info.spellings.join('  ')}`,
  ];
  for (const a of info.articles)
    lines.push(`  → ${a.title}`, `    ${articleRef(site, lang, a.slug)}`);
  return lines.join('\n');
}
