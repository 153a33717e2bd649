/** Shown to the error page as its digest, which survives production's scrubbing of messages. */
export const DATABASE_UNAVAILABLE_DIGEST = "SIMCASE_DATABASE_UNAVAILABLE";

/** The database could not be reached while serving a page: a "try again in a moment", not a sign-out. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(options?: { cause?: unknown }) {
    super("The database is unavailable", options);
  }
}
