import { z } from 'astro/zod';
import { CATEGORIES } from './category-list.ts';

export { CATEGORIES };
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.output<typeof categorySchema>;
