import { z } from 'astro/zod';
import { localizedSchema } from './languages.ts';

// Matches the canonical spelling of a code: 0x + eight upper-case hex digits, e.g. 0x80072EE9.
const RE_CANONICAL_CODE = /^0x[0-9A-F]{8}$/;

/** An error code in its canonical spelling. Other spellings are the diagnosis engine's job. */
export const canonicalCodeSchema = z
  .string()
  .regex(
    RE_CANONICAL_CODE,
    'write codes as 0x + 8 upper-case hex digits, e.g. 0x80072EE9 or 0x00000002',
  );

/**
 * A code's message in the words of whatever writes it, per language those words are known in.
 * Never a paraphrase: a Japanese text no source shows goes into `translation` instead.
 */
export const codeMessageSchema = z.strictObject({
  /** As the platform writes it in English; for a code that is not an HRESULT, as the log entry describes it. */
  en: z.string().min(1),
  /** As Japanese Windows writes it: only where a source shows Japanese Windows output. */
  ja: z.string().min(1).optional(),
});

/** One entry of content/codes.yaml. */
export const codeEntrySchema = z
  .strictObject({
    /** Canonical spelling, e.g. 0x80072EE9. */
    id: canonicalCodeSchema,
    /** Symbolic names, most specific first, e.g. [ERROR_WINHTTP_INVALID_OPTION, WININET_E_INVALID_OPTION]. */
    names: z.array(z.string().min(1)).default([]),
    /** Where the code comes from when it is not an HRESULT, e.g. the AMT redirection library. */
    origin: localizedSchema.optional(),
    /** The message as the platform (or the log entry) writes it. */
    message: codeMessageSchema,
    /** Our Japanese translation of the English message, when no source shows Japanese Windows' own words; shown as a translation. */
    translation: z.strictObject({ ja: z.string().min(1) }).optional(),
    /** Where the name and message were verified. */
    source: z.url().optional(),
  })
  .refine((c) => (c.message.ja === undefined) !== (c.translation === undefined), {
    message:
      "give Japanese Windows' own words as message.ja (with their source) or a translation as translation.ja, not both and not neither",
    path: ['translation'],
  });
export type CodeEntry = z.output<typeof codeEntrySchema>;

/** Is the code an HRESULT? A code with an `origin` comes from elsewhere (e.g. an AMT result code). */
export const isHresult = (entry: CodeEntry | undefined): boolean => !entry?.origin;
