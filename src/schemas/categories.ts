import { z } from 'astro/zod';

/** Article categories, in the order the home page shows them. Labels live in src/i18n/. */
export const CATEGORIES = [
  'prerequisites',
  'connection',
  'name-resolution',
  'redirection',
  'amt-settings',
  'performance',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.output<typeof categorySchema>;
