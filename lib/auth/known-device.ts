import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env/server-env";

/**
 * A browser that signed in to an account before carries this cookie: a MAC of
 * the account's email under AUTH_SECRET, so it cannot be made up for someone
 * else's account. Failed sign-ins from elsewhere slow an account down, but
 * never on such a device: the owner is not locked out by an attacker.
 */
export const KNOWN_DEVICE_COOKIE = "simcase-known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function knownDeviceToken(email: string): string {
  return createHmac("sha256", serverEnv().AUTH_SECRET).update(`known-device:${email}`).digest("base64url");
}

export function isKnownDevice(cookieValue: string | undefined, email: string): boolean {
  if (!cookieValue) return false;
  const expected = Buffer.from(knownDeviceToken(email));
  const given = Buffer.from(cookieValue);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
