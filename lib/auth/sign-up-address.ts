import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { emailSchema } from "./schemas";

/**
 * After sign-up, "check your email" names the address typed, so a typo shows.
 * It travels in a cookie, not the URL (URLs end up in logs and history), for a
 * few minutes and only to /sign-up pages. The value carries a MAC under
 * AUTH_SECRET: the sign-up form is filled in from it, and a cookie planted by
 * someone else must not fill in their address for a stranger to sign up with.
 */
export const SIGN_UP_ADDRESS_COOKIE = "simcase-sign-up-address";
export const SIGN_UP_ADDRESS_PATH = "/sign-up";
export const SIGN_UP_ADDRESS_MAX_AGE_SECONDS = 10 * 60;

function mac(email: string, secret: string): string {
  return createHmac("sha256", secret).update(`sign-up-address:${email}`).digest("base64url");
}

export function sealSignUpAddress(email: string, secret: string): string {
  return `${mac(email, secret)}.${email}`;
}

/** The address sealed in the cookie's value, or null for anything this server did not write. */
export function openSignUpAddress(value: string | undefined, secret: string): string | null {
  const dot = value?.indexOf(".") ?? -1;
  if (!value || dot < 0) return null;
  const email = value.slice(dot + 1);
  const expected = Buffer.from(mac(email, secret));
  const given = Buffer.from(value.slice(0, dot));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? parsed.data : null;
}
