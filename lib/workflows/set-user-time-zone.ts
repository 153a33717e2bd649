import "server-only";
import { db } from "@/lib/db/client";
import { syncCaseReminders } from "@/lib/reminders/sync-case-reminders";
import { timeZoneSchema } from "@/lib/auth/schemas";
import { UserError } from "@/lib/http/user-error";

/**
 * The zone the user's dates are shown in. Reminders go out at 09:00 in that
 * zone, so the waiting cases are re-planned in the same transaction: the
 * setting and the schedule never disagree.
 */
export async function setUserTimeZone(userId: string, timeZone: string, now = new Date()): Promise<void> {
  // Checked here too: a zone Intl does not know would break every date shown to this user.
  if (!timeZoneSchema.safeParse(timeZone).success) throw new UserError("account.timeZoneInvalid", { field: "timeZone" });
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { timeZone } });
    if (updated.count !== 1) throw new UserError("account.notFound");
    const waiting = await tx.case.findMany({
      where: { ownerId: userId, status: "WAITING_FOR_OPERATOR" },
      select: { id: true },
    });
    for (const { id } of waiting) await syncCaseReminders(tx, id, now);
  });
}
