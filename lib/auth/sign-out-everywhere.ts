import "server-only";
import { db } from "@/lib/db/client";

/**
 * Ends every session of the user, this device's too: a lost phone stays signed
 * in nowhere. A pending move to another email and the calendar feed go too, as
 * either may have been set up from that phone.
 */
export async function signOutEverywhere(userId: string): Promise<number> {
  const [sessions] = await db().$transaction([
    db().session.deleteMany({ where: { userId } }),
    db().emailChangeRequest.deleteMany({ where: { userId } }),
    db().calendarFeed.deleteMany({ where: { userId } }),
  ]);
  return sessions.count;
}
