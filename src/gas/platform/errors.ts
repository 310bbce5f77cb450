// Failures a person can fix (no ledger, missing headers, a protected range): shown as an alert, not a stack trace.

/** A failure the user caused and can fix; the message says what to do and where, in the user's language. */
export class UserError extends Error {
  constructor(
    message: string,
    /** Machine-readable reason, e.g. 'ledger.not-found', for tests and logs. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** True for a UserError from this bundle or another realm (the vm-loaded bundle in tests). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error as { name?: unknown } | null)?.name === 'UserError';
}
