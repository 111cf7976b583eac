// Writes an article's placeholders as an author would: each TODO(oobkb) value, comment or body
// line of a skeleton (`oobkb new`, `oobkb draft`) becomes the text the table below gives for its
// hint, so a check can show that a skeleton, once written, passes the content checks.
import { FACTS_HINTS, MDX_HINTS } from '../../../src/i18n/authoring.ts';
import { CATEGORIES } from '../../../src/schemas/categories.ts';

/** What the author writes for each hint (YAML values as YAML, body lines as text). */
const WRITTEN = new Map<string, string>([
  [FACTS_HINTS.category(CATEGORIES), 'connection'],
  [FACTS_HINTS.versions, 'sp2'],
  [FACTS_HINTS.log, 'oobconsole.log'],
  [FACTS_HINTS.signatureId, 'fixture-redirection-refused'],
  [FACTS_HINTS.message, '"Fixture redirection session refused by the firmware"'],
  [FACTS_HINTS.sample, '"Fixture redirection session refused by the firmware, result:0x80004005"'],
  [FACTS_HINTS.nearMiss, '"Fixture redirection session opened"'],
  [MDX_HINTS.ja.title, '"検証用の記事: リダイレクト セッションが拒否される"'],
  [
    MDX_HINTS.ja.summary,
    '"検証用の記事です。ファームウェアがリダイレクト セッションを拒否します。"',
  ],
  [MDX_HINTS.ja.symptom, '"リダイレクト セッションを開けない"'],
  [MDX_HINTS.ja.alias, '"検証用"'],
  [MDX_HINTS.ja.cause, 'ファームウェアがセッションを拒否します。'],
  [MDX_HINTS.ja.confirm, 'ログを開いて確かめます。'],
  [MDX_HINTS.ja.resolution, 'ファームウェアの設定を見直します。'],
  [MDX_HINTS.ja.quoted, '次の行が記録されます。'],
  [MDX_HINTS.en.title, '"Check article: the redirection session is refused"'],
  [
    MDX_HINTS.en.summary,
    '"An article for the checks: the firmware refuses the redirection session."',
  ],
  [MDX_HINTS.en.symptom, '"The redirection session does not open"'],
  [MDX_HINTS.en.alias, '"check article"'],
  [MDX_HINTS.en.cause, 'The firmware refuses the session.'],
  [MDX_HINTS.en.confirm, 'Open the log and look.'],
  [MDX_HINTS.en.resolution, 'Review the firmware settings.'],
  [MDX_HINTS.en.quoted, 'The log records these lines.'],
]);

// Matches a placeholder as a double-quoted YAML value, e.g. "TODO(oobkb): a log id from content/logs.yaml"
const RE_QUOTED = /"TODO\(oobkb\): ((?:[^"\\]|\\.)*)"/g;
// Matches a placeholder comment, e.g. "      # TODO(oobkb): line 3 of the log …; name the source …"
const RE_COMMENT = /^(\s*#\s*)TODO\(oobkb\): .*$/gm;
// Matches a placeholder body line, e.g. "TODO(oobkb): why it happens"
const RE_LINE = /^TODO\(oobkb\): (.*)$/gm;

function written(hint: string): string {
  const text = WRITTEN.get(hint);
  if (text === undefined) throw new Error(`no text to write for the hint "${hint}"`);
  return text;
}

/** The file with every placeholder written; throws on a hint the table does not know. */
export const fillPlaceholders = (text: string): string =>
  text
    .replace(RE_QUOTED, (_all, hint: string) => written(JSON.parse(`"${hint}"`) as string))
    .replace(
      RE_COMMENT,
      (_all, start: string) => `${start}illustrative: written by the authoring check.`,
    )
    .replace(RE_LINE, (_all, hint: string) => written(hint));
