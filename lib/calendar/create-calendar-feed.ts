import "server-only";
import { db } from "@/lib/db/client";
import { generateFeedToken } from "./feed-token";

/**
 * A new private feed link for the user, replacing any earlier one (whose URL
 * then stops working). The token is returned this once and never stored.
 */
export async function createCalendarFeed(userId: string, now = new Date()): Promise<{ token: string }> {
  const { token, tokenHash } = generateFeedToken();
  // One statement: the old hash is gone the moment the new one is in.
  await db().calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash, createdAt: now },
    update: { tokenHash, createdAt: now },
  });
  return { token };
}
