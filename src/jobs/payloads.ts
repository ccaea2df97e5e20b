import { z } from 'zod/v4';
import { CARE_JOBS } from '../domain/care/care-jobs.js';
import { CodedError } from '../shared/errors.js';

/** Recurring jobs carry no data (Agenda stores `undefined` as missing or null). */
export const noPayload = z.object({}).strict().nullish();

/** `care.run`: one job, now, for one tenant (`/crm admin run`, or a web process asking the worker). */
export const careRunPayload = z
  .object({
    job: z.enum(CARE_JOBS),
    tenantId: z.string().regex(/^(slack|teams|web):.+$/),
  })
  .strict();
export type CareRunPayload = z.infer<typeof careRunPayload>;

/** Re-validates a job's stored data on every run; a bad payload fails the job with a coded error. */
export function parsePayload<S extends z.ZodType>(schema: S, name: string, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CodedError(
    'jobs.invalid_payload',
    `job ${name}: invalid payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}
