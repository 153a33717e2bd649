import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { minutesUntil } from "./login-throttle";

/**
 * Limits on forms that send mail or make accounts. Per address for those
 * anyone can submit (generous: a hostel or a carrier's NAT puts many honest
 * people on one address, but enough to stop one machine working in bulk);
 * per account for sending the confirmation link again.
 */
export const ALLOWANCES = {
  "sign-up": { max: 20, windowMs: 60 * 60 * 1000 },
  "forgot-password": { max: 20, windowMs: 60 * 60 * 1000 },
  "verification-email": { max: 3, windowMs: 60 * 60 * 1000 },
  // "Someone tried to sign up with your address": not a way to flood an inbox.
  "sign-up-notice": { max: 3, windowMs: 24 * 60 * 60 * 1000 },
} as const;

export type Allowance = keyof typeof ALLOWANCES;

/**
 * Counts one use of `action` by `subject` (an address, or an account id), or,
 * when it has used up its allowance, counts nothing and says how many minutes until it may try again.
 * Count and insert are one statement, so a burst overshoots by at most the
 * number of submits racing at that instant.
 *
 * `useId` names this use: the same use taken again (a job's retry) is allowed
 * without counting twice, so a retried email does not spend the allowance.
 */
export async function takeAllowance(action: Allowance, subject: string, now = new Date(), useId?: string): Promise<number | null> {
  const { max, windowMs } = ALLOWANCES[action];
  const key = `${action}:${subject}`;
  const id = useId ? `${key}:${useId}` : randomUUID();
  const since = new Date(now.getTime() - windowMs);
  const [taken] = await db().$queryRaw<{ taken: boolean }[]>`
    WITH prior AS (SELECT 1 FROM "LoginFailure" WHERE id = ${id}),
         counted AS (
           INSERT INTO "LoginFailure" (id, key, "createdAt")
           SELECT ${id}, ${key}, ${now}
            WHERE NOT EXISTS (SELECT 1 FROM prior)
              AND (SELECT count(*) FROM "LoginFailure" WHERE key = ${key} AND "createdAt" > ${since}) < ${max}
           RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM prior) OR EXISTS (SELECT 1 FROM counted) AS taken`;
  if (taken?.taken) return null;
  const oldest = await db().loginFailure.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    skip: max - 1,
    take: 1,
    select: { createdAt: true },
  });
  return minutesUntil(new Date((oldest[0]?.createdAt ?? now).getTime() + windowMs), now);
}
