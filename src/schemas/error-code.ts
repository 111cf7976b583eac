import { z } from 'astro/zod';
import { localizedSchema } from './languages.ts';

// Matches the canonical spelling of a code: 0x + eight upper-case hex digits, e.g. 0x80072EE9.
const RE_CANONICAL_CODE = /^0x[0-9A-F]{8}$/;

/** An error code in its canonical spelling. Other spellings are the diagnosis engine's job. */
export const canonicalCodeSchema = z
  .string()
  .regex(RE_CANONICAL_CODE, 'write codes as 0x + 8 upper-case hex digits, e.g. 0x80072EE9 or 0x00000002');

/** One entry of content/codes.yaml. */
export const codeEntrySchema = z.strictObject({
  /** Canonical spelling, e.g. 0x80072EE9. */
  id: canonicalCodeSchema,
  /** Symbolic names, most specific first, e.g. [ERROR_WINHTTP_INVALID_OPTION, WININET_E_INVALID_OPTION]. */
  names: z.array(z.string().min(1)).default([]),
  /** Where the code comes from when it is not an HRESULT, e.g. the AMT redirection library. */
  origin: localizedSchema.optional(),
  /** The standard message (en: as the platform writes it; ja: its meaning in Japanese). */
  message: localizedSchema,
  /** Where the name and message were verified. */
  source: z.url().optional(),
});
export type CodeEntry = z.output<typeof codeEntrySchema>;
