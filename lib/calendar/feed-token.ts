import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** What a feed token looks like: 32 random bytes in base64url. Anything else is not looked up. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits for the feed URL; only their hash is stored. */
export function generateFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFeedToken(token) };
}
