/** An upload refused for what the file is; the message is for the user. `status` is the HTTP status to answer. */
export class ReceiptRejectedError extends Error {
  override name = "ReceiptRejectedError";
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
  }
}
