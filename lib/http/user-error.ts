/** The HTTP status a refusal answers with: 404 for "not found, or not yours", 413 too large, 429 not now. */
export type UserErrorStatus = 400 | 401 | 404 | 409 | 413 | 429 | 503;

export type UserErrorOptions = {
  /** The form field the message belongs beside; "form" for the whole form. */
  field?: string;
  /** The arguments of the message. */
  values?: Record<string, string | number>;
  status?: UserErrorStatus;
};

/**
 * The one error for a request the user can fix or must be told about. Domain
 * code throws it with a key of the "errors" messages, never a sentence; the
 * edge (edge/translate-user-error.ts) translates it once, for a form or as an
 * HTTP answer. Anything else thrown is a real error and propagates.
 */
export class UserError extends Error {
  override name = "UserError";
  readonly field: string;
  readonly values?: Record<string, string | number>;
  readonly status: UserErrorStatus;

  constructor(
    readonly key: string,
    options: UserErrorOptions = {},
  ) {
    super(key);
    this.field = options.field ?? "form";
    this.values = options.values;
    this.status = options.status ?? 400;
  }
}

/** Something that does not exist or is not the acting user's: the same answer for both. */
export function notFoundError(key: string): UserError {
  return new UserError(key, { status: 404 });
}

export function isNotFoundError(error: unknown): error is UserError {
  return error instanceof UserError && error.status === 404;
}
