import { createHash, randomBytes } from "node:crypto";

/** A "Connect Telegram" link works this long, once. */
export const LINK_TOKEN_TTL_MS = 15 * 60_000;

/** What Telegram passes on from `?start=`: at most 64 characters of A-Z, a-z, 0-9, _ and -. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, 43 characters of base64url; only the hash is stored. */
export function generateLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}
