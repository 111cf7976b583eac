import { z } from 'astro/zod';
import { localizedSchema } from './languages.ts';

/**
 * Which machine writes a log. The out of band service point is a site system role that need not
 * be on the site server, so its logs are on whichever site system holds the role.
 */
export const MACHINES = ['site-server', 'oob-service-point', 'console', 'client'] as const;

/** One entry of content/logs.yaml. */
export const logEntrySchema = z.strictObject({
  /** Lower-case file name, used in URLs and signatures, e.g. oobconsole.log. */
  id: z
    .string()
    .regex(/^[a-z0-9_.-]+\.log$/, 'a log id is its lower-case file name, e.g. amtopmgr.log'),
  /** The file name as the product writes it, e.g. Oobconsole.log. */
  name: z.string().min(1),
  /** Full path with the documented placeholder, e.g. <ConfigMgrInstallationPath>\AdminUI\AdminUILog\Oobconsole.log. */
  path: z.string().min(1),
  /** The machine that writes it. */
  machine: z.enum(MACHINES),
  /** The component that writes it, when a real line shows it (e.g. SMS_AMT_OPERATION_MANAGER). */
  component: z.string().min(1).optional(),
  /** What the log records, and what to look for in it. */
  description: localizedSchema,
});
export type LogEntry = z.output<typeof logEntrySchema>;
