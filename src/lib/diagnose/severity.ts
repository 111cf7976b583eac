// SHIPS TO THE BROWSER. Pure TypeScript: no DOM, no node:*, no astro:* (see types.ts).
// CMTrace's three levels, from whatever a format offers: a type attribute, a SEV= letter,
// a localised Status Message Viewer column, or CMTrace's own word rule.
import type { Severity } from './types.ts';

// Matches CMTrace's error words, e.g. "Error", "failed", Japanese "エラー"/"失敗" (not "failover")
const RE_ERROR_WORD = /error|fail(?!over)|エラー|失敗/i;
// Matches CMTrace's warning word, e.g. "WARNING", Japanese "警告"
const RE_WARNING_WORD = /warn|警告/i;

/**
 * Status Message Viewer severity column values in the console languages, lower-cased. A Map, not
 * an object: a first word such as "constructor" must not find Object's properties.
 */
const SEVERITY_LABELS: ReadonlyMap<string, Severity> = new Map([
  ['error', 'error'],
  ['エラー', 'error'],
  ['fehler', 'error'],
  ['erreur', 'error'],
  ['errore', 'error'],
  ['erro', 'error'],
  ['fout', 'error'],
  ['ошибка', 'error'],
  ['错误', 'error'],
  ['錯誤', 'error'],
  ['오류', 'error'],
  ['warning', 'warning'],
  ['警告', 'warning'],
  ['warnung', 'warning'],
  ['avertissement', 'warning'],
  ['avviso', 'warning'],
  ['advertencia', 'warning'],
  ['aviso', 'warning'],
  ['waarschuwing', 'warning'],
  ['предупреждение', 'warning'],
  ['경고', 'warning'],
  ['information', 'info'],
  ['informational', 'info'],
  ['info', 'info'],
  ['情報', 'info'],
  ['informationen', 'info'],
  ['informativo', 'info'],
  ['informazioni', 'info'],
  ['informação', 'info'],
  ['informatie', 'info'],
  ['сведения', 'info'],
  ['信息', 'info'],
  ['資訊', 'info'],
  ['정보', 'info'],
]);

/** CMTrace's rule for lines without a type: "error"/"fail" (not "failover") → error, "warn" → warning. */
export function severityFromWords(message: string): Severity {
  if (RE_ERROR_WORD.test(message)) return 'error';
  return RE_WARNING_WORD.test(message) ? 'warning' : 'info';
}

/** A CMTrace type attribute: "3" → error, "2" → warning, "1" → info; anything else → undefined. */
export function severityFromType(type: string | undefined): Severity | undefined {
  if (type === '3') return 'error';
  if (type === '2') return 'warning';
  return type === '1' ? 'info' : undefined;
}

/** A STATMSG SEV= letter: E → error, W → warning, I → info. */
export function severityFromSev(letter: string | undefined): Severity | undefined {
  const sev = letter?.toUpperCase();
  if (sev === 'E') return 'error';
  if (sev === 'W') return 'warning';
  return sev === 'I' ? 'info' : undefined;
}

/** A Status Message Viewer severity column in any console language ("Warning", "警告"). */
export function severityFromLabel(label: string): Severity | undefined {
  return SEVERITY_LABELS.get(label.trim().toLowerCase());
}
