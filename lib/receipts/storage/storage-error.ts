/** The object store failed or refused; the message says what to check, for the operator's log. */
export class ReceiptStorageError extends Error {
  override name = "ReceiptStorageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const CREDENTIALS = new Set(["SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "InvalidToken", "ExpiredToken"]);

/** An S3 SDK failure as one line an operator can act on. */
export function describeS3Failure(operation: string, bucket: string, error: unknown): ReceiptStorageError {
  const name = error instanceof Error ? error.name : "Error";
  const detail = error instanceof Error ? error.message : String(error);
  if (CREDENTIALS.has(name)) {
    return new ReceiptStorageError(
      `S3 refused ${operation} on bucket ${bucket} (${name}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`,
      { cause: error },
    );
  }
  if (name === "NoSuchBucket") return new ReceiptStorageError(`S3 bucket ${bucket} does not exist (S3_BUCKET)`, { cause: error });
  return new ReceiptStorageError(`S3 ${operation} on bucket ${bucket} failed (${name}: ${detail})`, { cause: error });
}
