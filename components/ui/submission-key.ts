/** The field that carries a create form's submission key (decision 031); an upload sends it as `x-submission-key`. */
export const SUBMISSION_KEY_FIELD = "submissionKey";

/**
 * A random UUID (version 4). Not crypto.randomUUID: browsers offer that only
 * on https or localhost, and a phone trying the dev server over the local
 * network has neither; getRandomValues is there on any page.
 */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
