import "server-only";
import { db } from "@/lib/db/client";

/** Turns off the user's feed link; true when there was one. */
export async function revokeCalendarFeed(userId: string): Promise<boolean> {
  const { count } = await db().calendarFeed.deleteMany({ where: { userId } });
  return count > 0;
}
