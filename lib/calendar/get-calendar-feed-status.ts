import "server-only";
import { db } from "@/lib/db/client";

/** Whether the user has a feed link, and since when; the link itself cannot be shown again. */
export async function getCalendarFeedStatus(userId: string): Promise<{ exists: boolean; createdAt: Date | null }> {
  const feed = await db().calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
  return { exists: feed !== null, createdAt: feed?.createdAt ?? null };
}
