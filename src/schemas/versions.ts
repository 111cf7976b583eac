import { z } from 'astro/zod';

/** The ConfigMgr 2007 releases that have out of band management. A closed list: a typo fails the build. */
export const VERSIONS = ['sp1', 'sp2', 'r2', 'r3'] as const;
export const versionSchema = z.enum(VERSIONS);
export type Version = z.output<typeof versionSchema>;

/** Per-version notes where behaviour differs (for example, blocked clients in SP1 and SP2). */
export const versionNotesSchema = z.partialRecord(versionSchema, z.string().min(1));
