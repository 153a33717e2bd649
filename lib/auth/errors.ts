/**
 * Thrown by domain functions for conditions the user can fix. The message is a
 * key of the "errors" messages (with `values` for its arguments), translated by
 * the action that shows it: see lib/i18n/localize-errors.ts.
 */
export class AuthInputError extends Error {
  override name = "AuthInputError";
  constructor(
    readonly key: string,
    readonly field: string = "form",
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
  }
}
