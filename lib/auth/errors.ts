/** Thrown by domain functions for conditions the user can fix; the message is safe to show. */
export class AuthInputError extends Error {
  override name = "AuthInputError";
  constructor(
    message: string,
    readonly field: string = "form",
  ) {
    super(message);
  }
}
