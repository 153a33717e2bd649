import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";

/** The zone the user's dates are shown in. */
export async function getUserTimeZone(userId: string): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? DEFAULT_TIME_ZONE;
}
