/**
 * An upload refused for what the file is, or for now (429: too many at once).
 * It carries a key of the "errors" messages (and its values), translated at
 * the edge; `status` is the HTTP status to answer.
 */
export class ReceiptRejectedError extends Error {
  override name = "ReceiptRejectedError";
  constructor(
    readonly key: string,
    readonly status: 400 | 413 | 429 = 400,
    readonly values?: Record<string, string>,
  ) {
    super(key);
  }
}
