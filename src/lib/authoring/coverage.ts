// Pure: no DOM, no node:*, no astro:*. What the knowledge base's samples cover: for each
// signature, the line forms its samples are written in (as the engine's parser reads them, plus
// Japanese text), and the catalogued codes and logs that no article covers. A signature whose
// samples are all of one form has never been tried on the others (`oobkb coverage`, and a warning
// of the content check).
import { findCodes, formatCode } from '../diagnose/codes.ts';
import { parseLog } from '../diagnose/parse.ts';
import type { EntryFormat } from '../diagnose/types.ts';

/** The forms a sample line can take: the parser's entry formats, then Japanese text. */
export const LINE_FORMS = [
  'sms-trace',
  'cmtrace',
  'viewer-copy',
  'status-viewer',
  'statmsg',
  'bare',
  'japanese',
] as const satisfies readonly (EntryFormat | 'japanese')[];
export type LineForm = (typeof LINE_FORMS)[number];

// Matches Japanese characters, e.g. "警告" or "カタカナ"
const RE_JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** The forms of one sample: the format of each entry the parser reads in it, and Japanese when it has Japanese text. */
export function lineForms(sample: string): LineForm[] {
  const forms = new Set<LineForm>(parseLog(sample).map((e) => e.format));
  if (RE_JAPANESE.test(sample)) forms.add('japanese');
  return LINE_FORMS.filter((form) => forms.has(form));
}

/** What coverage reads of the knowledge base (load-fs.ts's on-disk articles fit it). */
export interface CoverageInput {
  articles: readonly {
    slug: string;
    facts: {
      codes: readonly string[];
      logs: readonly string[];
      signatures: readonly { id: string; samples: readonly string[] }[];
    };
  }[];
  logs: readonly { id: string }[];
  codes: readonly { id: string }[];
}

export interface SignatureCoverage {
  slug: string;
  signature: string;
  samples: number;
  /** In LINE_FORMS order. */
  forms: LineForm[];
}

export interface Coverage {
  signatures: SignatureCoverage[];
  /** Catalogued codes and logs that no article's facts name. */
  codesWithoutArticle: string[];
  logsWithoutArticle: string[];
  /** Codes that samples quote and the code catalogue lacks (so they have no code page). */
  codesNotCatalogued: string[];
}

/** The coverage of a knowledge base. */
export function coverage(kb: CoverageInput): Coverage {
  const signatures = kb.articles.flatMap(({ slug, facts }) =>
    facts.signatures.map((s): SignatureCoverage => {
      const forms = new Set(s.samples.flatMap(lineForms));
      return {
        slug,
        signature: s.id,
        samples: s.samples.length,
        forms: LINE_FORMS.filter((f) => forms.has(f)),
      };
    }),
  );
  const articleCodes = new Set(kb.articles.flatMap((a) => a.facts.codes));
  const articleLogs = new Set(kb.articles.flatMap((a) => a.facts.logs));
  const catalogued = new Set(kb.codes.map((c) => c.id));
  const quoted = kb.articles.flatMap((a) =>
    a.facts.signatures.flatMap((s) =>
      s.samples.flatMap((line) => findCodes(line).map((c) => formatCode(c.value))),
    ),
  );
  return {
    signatures,
    codesWithoutArticle: kb.codes.map((c) => c.id).filter((id) => !articleCodes.has(id)),
    logsWithoutArticle: kb.logs.map((l) => l.id).filter((id) => !articleLogs.has(id)),
    codesNotCatalogued: [...new Set(quoted)].filter((code) => !catalogued.has(code)).sort(),
  };
}

/** The shapes of a signature's samples: its forms without the language. */
const shapes = (s: SignatureCoverage) => s.forms.filter((f) => f !== 'japanese');

/** A warning for each signature whose samples are written in one line form only. */
export const oneFormWarnings = (c: Coverage): string[] =>
  c.signatures
    .filter((s) => shapes(s).length === 1)
    .map(
      (s) =>
        `${s.slug}: ${s.signature}: every sample is written in one line form (${shapes(s)[0]}); add the line as another form writes it (SMS trace, CMTrace, viewer copy, status row)`,
    );
