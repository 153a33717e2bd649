/**
 * Emails are compared and stored trimmed and lower-cased, so "A@x.com " and
 * "a@x.com" are one account. Invisible format characters go too: an address
 * copied from a chat or a contact card can carry direction marks or a
 * zero-width space, which no address holds and the user cannot see to delete.
 */
export function normalizeEmail(email: string): string {
  return email.replace(/\p{Cf}/gu, "").trim().toLowerCase();
}
