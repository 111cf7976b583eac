import { z } from 'astro/zod';

/** The site's languages. Japanese first: it is the language of the source material. */
export const LANGS = ['ja', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.output<typeof langSchema>;

/** A text written once per language. */
export const localizedSchema = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
export type Localized = z.output<typeof localizedSchema>;
