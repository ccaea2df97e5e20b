import type { AppError } from '../../shared/errors.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import type { FormValues } from '../view/form.js';

/** The first value of a submitted field, trimmed; empty means absent. */
export const str = (v: FormValues[string]): string | undefined =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** All values of a multi-select lookup. */
export const list = (v: FormValues[string]): string[] =>
  (Array.isArray(v) ? v : v ? [v] : []).map((x) => x.trim()).filter(Boolean);

/**
 * A domain error shown next to the form field it concerns. `fields` maps the error's field names to the
 * form's field ids; anything unmapped lands on `fallback`.
 */
export function formError(
  s: Session,
  error: AppError,
  fields: Record<string, string>,
  fallback: string,
): CommandResult {
  const target = (error.field && fields[error.field]) || fallback;
  return { kind: 'form_errors', errors: { [target]: s.errorText(error) } };
}
