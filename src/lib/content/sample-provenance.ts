// Where each sample and near miss of facts.yaml comes from, read from the comment above it: a line
// is either quoted from a named source or marked "illustrative:" (made up, wholly or in part).
// Pure: the check passes in the YAML text and a reader for the collected real log excerpts.
import { isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import type { ContentProblem } from './load-fs.ts';

// Matches the mark of an invented line at the start of its comment, e.g. "illustrative: Trace32 copy"
const RE_ILLUSTRATIVE_MARK = /^illustrative:/i;
// Matches words that say a line is invented in part, e.g. "date and time are illustrative", "made up"
const RE_INVENTED = /\billustrative\b|\bmade up\b/i;
// Matches a collected real excerpt, e.g. "real-logs/007" (checks/fixtures/real-logs/007-….txt)
const RE_REAL_LOG = /\breal-logs\/(\d{3})\b/g;
// Matches the other sources a comment may name: the ConfigMgr documentation (the source material) or a URL
const RE_OTHER_SOURCE = /\bdocumentation\b|https?:\/\/\S+/i;

/** The kinds of lines a signature holds. */
const KINDS = ['samples', 'nearMisses'] as const;

/** One sample or near miss with the comment above it. */
export interface CommentedLine { at: string; text: string; comment: string }

/** The samples and near misses of a facts.yaml, each with its comment ('' when it has none). */
export function commentedLines(yamlText: string): CommentedLine[] {
  const signatures = parseDocument(yamlText).get('signatures');
  if (!isSeq(signatures)) return [];
  return signatures.items.flatMap((signature, i) => {
    if (!isMap(signature)) return [];
    return KINDS.flatMap((kind) => {
      const seq = signature.get(kind, true) as YAMLSeq | undefined;
      if (!isSeq(seq)) return [];
      // The comment above the first item belongs to the sequence in the YAML model.
      return seq.items.map((item, j) => ({
        at: `signatures[${i}].${kind}[${j}]`,
        text: isScalar(item) ? String(item.value) : '',
        comment: ((isScalar(item) ? item.commentBefore : undefined) ?? (j === 0 ? seq.commentBefore : undefined) ?? '').trim(),
      }));
    });
  });
}

/** Why a line's comment does not account for it, or undefined when it does. */
export function provenanceProblem(line: CommentedLine, realLog: (id: string) => string | undefined): string | undefined {
  const { comment, text } = line;
  if (RE_ILLUSTRATIVE_MARK.test(comment)) return undefined;
  if (RE_INVENTED.test(comment)) return 'is invented in part: start its comment with "illustrative:"';
  const realLogs = [...comment.matchAll(RE_REAL_LOG)].map(([, id]) => id!);
  for (const id of realLogs) {
    const excerpt = realLog(id);
    if (excerpt === undefined) return `names real-logs/${id}, which does not exist`;
    if (!excerpt.includes(text.trim())) return `is not in real-logs/${id}`;
  }
  if (realLogs.length || RE_OTHER_SOURCE.test(comment)) return undefined;
  return comment ? 'names no source (the documentation, real-logs/NNN or a URL) and is not marked "illustrative:"' : 'has no comment naming its source or marking it "illustrative:"';
}

/** Every sample and near miss of one facts.yaml that neither names its source nor is marked illustrative. */
export function provenanceProblems(file: string, yamlText: string, realLog: (id: string) => string | undefined): ContentProblem[] {
  return commentedLines(yamlText).flatMap((line) => {
    const message = provenanceProblem(line, realLog);
    return message ? [{ file, field: line.at, message: `${JSON.stringify(line.text.slice(0, 60))} ${message}` }] : [];
  });
}
