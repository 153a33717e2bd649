import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";

/** Unconfirmed for this long, unused and signed out: the address was a slip, or was never theirs. */
export const UNCONFIRMED_ACCOUNT_DAYS = 30;

/**
 * An account whose address was never confirmed holds that address for good:
 * a mistyped one (decision 021 keeps it) or someone else's. After 30 days
 * with no case and no live session nobody can lose anything by its going,
 * and the address is free again for its owner. One statement: an account
 * that gains a case or signs in meanwhile is not deleted.
 */
export async function sweepUnconfirmedAccounts(now = new Date()): Promise<number> {
  const { count } = await db().user.deleteMany({
    where: {
      emailVerified: null,
      createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_ACCOUNT_DAYS * 24 * 60 * 60 * 1000) },
      cases: { none: {} },
      sessions: { none: { expires: { gt: now } } },
    },
  });
  return count;
}

export const sweepUnconfirmedAccountsJob = defineJob({
  name: "account.sweep-unconfirmed",
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  cron: "17 3 * * *",
  async handler() {
    await sweepUnconfirmedAccounts();
  },
});
