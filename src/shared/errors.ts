/** A record a chat UI can offer as a choice when a name matched more than one. */
export interface Candidate {
  id: string;
  label: string;
  detail?: string;
}

export type ErrorParams = Record<string, string | number>;

/**
 * An expected failure. `code` is a key of the message catalog (`errors.<code>`), so every error can be
 * shown to a user in their language; `params` fill its placeholders; `field` names the input at fault.
 */
export interface AppError {
  code: string;
  params?: ErrorParams;
  field?: string;
  candidates?: Candidate[];
}

export const appError = (
  code: string,
  params?: ErrorParams,
  extra: Pick<AppError, 'field' | 'candidates'> = {},
): AppError => ({ code, ...(params ? { params } : {}), ...extra });

/** An unexpected failure (a bug or an outage) that carries a code for logs. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}
