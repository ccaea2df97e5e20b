import type { z } from 'zod/v4';
import { type AppError, appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';

/** Error messages in domain schemas are catalog codes (`account.name_required`); anything else is generic. */
const CODE = /^[a-z_]+\.[a-z_]+$/;

export function issueToError(issue: z.core.$ZodIssue): AppError {
  const field = issue.path.map(String).join('.');
  const code = CODE.test(issue.message) ? issue.message : 'input.invalid';
  const params: Record<string, string | number> = { field: field || 'input' };
  if ('minimum' in issue && issue.minimum !== undefined) params.min = Number(issue.minimum);
  if ('maximum' in issue && issue.maximum !== undefined) params.max = Number(issue.maximum);
  if ('values' in issue && Array.isArray(issue.values)) params.valid = issue.values.map(String).join(', ');
  return appError(code, params, field ? { field } : {});
}

/** Validates use-case input; the first problem becomes a coded error naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  return err(first ? issueToError(first) : appError('input.invalid', { field: 'input' }));
}
