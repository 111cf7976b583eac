import { z } from 'astro/zod';
import { canonicalCodeSchema } from './error-code.ts';

/** A literal piece of message text, tagged with the language the product writes it in. */
export const messageVariantSchema = z.strictObject({
  /** The literal text; matched case-insensitively, with any run of white space matching any other. */
  text: z.string().trim().min(4),
  /** The product language that writes this wording; `neutral` for text that is the same in every language (commands, API names). */
  lang: z.enum(['en', 'ja', 'neutral']).default('neutral'),
});

/**
 * A log signature: what identifies an article's problem in a log. All the parts given must hold
 * in one log entry; `context` may be anywhere in the pasted log (or its file name).
 */
export const signatureSchema = z
  .strictObject({
    /** Unique across the knowledge base, kebab-case, e.g. getamtpowerstate-0x80072ee9. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a signature id is kebab-case'),
    /** The log file that writes it: an id from content/logs.yaml. */
    log: z.string().min(1),
    /** The message text; any one variant identifies it (the product localises some messages). */
    message: z.array(messageVariantSchema).min(1).optional(),
    /** An error code the entry must contain, in any spelling. */
    code: canonicalCodeSchema.optional(),
    /** The component that writes the entry; an entry that names another component does not match. */
    component: z.string().min(1).optional(),
    /** A status message ID the entry must carry (STATMSG line or Status Message Viewer row). */
    statusMessageId: z.number().int().positive().optional(),
    /**
     * Words that must appear somewhere in the log for a strong match. Generic codes need them
     * (0x80004005 alone says nothing); without them the match is only `possible`.
     */
    context: z.array(z.string().trim().min(2)).min(1).optional(),
    /** Lines that must diagnose to this article as the top strong match. */
    samples: z.array(z.string().min(1)).min(1),
    /** Lines that must not give this article a strong match (same code elsewhere, success lines, sibling codes). */
    nearMisses: z.array(z.string().min(1)).min(1),
  })
  .refine((s) => s.message || s.code || s.statusMessageId, {
    message: 'a signature needs at least one of message, code or statusMessageId',
  });
export type Signature = z.output<typeof signatureSchema>;
