import type { Account } from '../../domain/accounts/account.js';
import type { AppError } from '../../shared/errors.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import type { FormField, FormValues } from '../view/form.js';

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

/** The account lookup every record form starts with, showing the account already chosen (if any). */
export function accountField(s: Session, account: Account | null | undefined): FormField {
  return {
    type: 'lookup',
    id: 'account',
    label: s.t('deal.account'),
    source: 'accounts',
    required: true,
    ...(account ? { value: { label: account.name, value: account.id } } : {}),
  };
}
