import { z } from 'zod/v4';
import type { LookupSource } from '../../commands/view/form.js';
import { PERSONA_IDS } from './personas.js';

export const LOOKUP_SOURCES = ['accounts', 'contacts', 'deals', 'members', 'stages'] as const;
// Fails to compile when the command layer adds a lookup source this list lacks.
const everySource: Exclude<LookupSource, (typeof LOOKUP_SOURCES)[number]> extends never ? true : never = true;
void everySource;

const persona = z.enum(PERSONA_IDS);
const id = z.string().trim().min(1).max(255);
/** Client-generated per submit: a double click sends the same id and gets the same answer. */
const requestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8–100 letters, digits, "_" or "-"')
  .optional();
const stringRecord = z.record(z.string().max(100), z.string().max(4000));

export const commandBody = z.strictObject({ persona, text: z.string().max(4000), requestId });

export const actionBody = z.strictObject({
  persona,
  actionId: id,
  value: stringRecord.default({}),
  requestId,
});

export const formOpenBody = z.strictObject({ persona, formId: id, prefill: stringRecord.default({}) });

export const formSubmitBody = z.strictObject({
  persona,
  formId: id,
  values: z.record(
    z.string().max(100),
    z.union([z.string().max(10_000), z.array(z.string().max(255)).max(100)]),
  ),
  state: stringRecord.default({}),
  requestId,
});

export const personaBody = z.strictObject({ persona });

export const personaQuery = z.object({ persona });

/** `state` is the open form's state (JSON), handed to the options provider as its scope. */
export const optionsQuery = z.object({
  persona,
  source: z.enum(LOOKUP_SOURCES),
  q: z.string().max(200).default(''),
  state: z
    .string()
    .max(4000)
    .optional()
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        const parsed = stringRecord.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of strings' });
      return z.NEVER;
    }),
});

/** A readable one-line summary of what was wrong with a body or query. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}
