import "server-only";
import { db } from "@/lib/db/client";
import { syncCaseReminders } from "./sync-case-reminders";

/** The user's "reminder emails" setting, applied to all their waiting cases at once. */
export async function setReminderEmails(userId: string, enabled: boolean, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { remindersEnabled: enabled } });
    const waiting = await tx.case.findMany({
      where: { ownerId: userId, status: "WAITING_FOR_OPERATOR" },
      select: { id: true },
    });
    for (const { id } of waiting) await syncCaseReminders(tx, id, now);
  });
}
