import "server-only";
import { db } from "@/lib/db/client";
import { minutesUntil } from "./login-throttle";

/**
 * Per-address limits on forms anyone can submit without an account. Generous
 * (a hostel or a carrier's NAT puts many honest people on one address), but
 * enough to stop one machine creating accounts or sending mail in bulk.
 */
export const IP_ALLOWANCES = {
  "sign-up": { max: 20, windowMs: 60 * 60 * 1000 },
  "forgot-password": { max: 20, windowMs: 60 * 60 * 1000 },
} as const;

export type IpAllowance = keyof typeof IP_ALLOWANCES;

/**
 * Counts one use of `action` from `ip`, or, when the address has used up its
 * allowance, counts nothing and says how many minutes until it may try again.
 * Count and insert are one statement, so a burst overshoots by at most the
 * number of submits racing at that instant.
 */
export async function takeIpAllowance(action: IpAllowance, ip: string, now = new Date()): Promise<number | null> {
  const { max, windowMs } = IP_ALLOWANCES[action];
  const key = `${action}:ip:${ip}`;
  const since = new Date(now.getTime() - windowMs);
  const inserted = await db().$executeRaw`
    INSERT INTO "LoginFailure" (id, key, "createdAt")
    SELECT gen_random_uuid()::text, ${key}, ${now}
     WHERE (SELECT count(*) FROM "LoginFailure" WHERE key = ${key} AND "createdAt" > ${since}) < ${max}`;
  if (inserted === 1) return null;
  const oldest = await db().loginFailure.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    skip: max - 1,
    take: 1,
    select: { createdAt: true },
  });
  return minutesUntil(new Date((oldest[0]?.createdAt ?? now).getTime() + windowMs), now);
}
