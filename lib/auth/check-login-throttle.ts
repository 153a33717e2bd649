import "server-only";
import { db } from "@/lib/db/client";
import { ACCOUNT_FAILURES_READ, accountDelayUntil, LOGIN_THROTTLE, type ThrottleKey } from "./login-throttle";

/** When the latest of the keys that are over their limit frees up, or null if none is. */
export async function checkLoginThrottle(keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const frees = await Promise.all(
    keys.map(async ({ key, max }) => {
      const recent = await db().loginFailure.findMany({
        where: { key, createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take: max,
        select: { createdAt: true },
      });
      // The oldest of the last `max` failures leaves the window first.
      return recent.length < max ? null : new Date(recent[max - 1]!.createdAt.getTime() + LOGIN_THROTTLE.windowMs);
    }),
  );
  return latest(frees);
}

/** When the account's step-by-step delay lets the next attempt through, or null if it is due now. */
export async function checkAccountDelay(accountKey: string, now = new Date()): Promise<Date | null> {
  const recent = await db().loginFailure.findMany({
    where: { key: accountKey, createdAt: { gt: new Date(now.getTime() - LOGIN_THROTTLE.windowMs) } },
    orderBy: { createdAt: "desc" },
    take: ACCOUNT_FAILURES_READ,
    select: { createdAt: true },
  });
  const until = accountDelayUntil(recent.map((row) => row.createdAt));
  return until && until > now ? until : null;
}

export function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}
