import "server-only";
import { db } from "@/lib/db/client";

/** Reminders due and not yet sent: what the worker reports as waiting while mail is down. */
export async function countDueReminders(now = new Date()): Promise<number> {
  return db().reminder.count({ where: { state: { in: ["SCHEDULED", "SENDING"] }, dueAt: { lte: now } } });
}
