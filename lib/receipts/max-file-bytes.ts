// Apart from limits.ts, which reads the machine's cores: the browser checks a
// file against this before sending it, and the server refuses past it anyway.
export const MAX_RECEIPT_FILE_BYTES = 10 * 1024 * 1024;
