import "server-only";
import { db } from "@/lib/db/client";
import { LOGIN_THROTTLE, type ThrottleKey } from "./login-throttle";

/** When the earliest of the keys that are over their limit frees up, or null if none is. */
export async function checkLoginThrottle(keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  let retryAt: Date | null = null;
  for (const { key, max } of keys) {
    const recent = await db().loginFailure.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: max,
      select: { createdAt: true },
    });
    if (recent.length < max) continue;
    // The oldest of the last `max` failures leaves the window first.
    const frees = new Date(recent[max - 1]!.createdAt.getTime() + LOGIN_THROTTLE.windowMs);
    if (retryAt === null || frees > retryAt) retryAt = frees;
  }
  return retryAt;
}
