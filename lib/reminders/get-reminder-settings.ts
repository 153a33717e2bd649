import "server-only";
import { db } from "@/lib/db/client";

export async function getReminderSettings(userId: string): Promise<{ remindersEnabled: boolean; locale: string }> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { remindersEnabled: true, locale: true } });
  return user ?? { remindersEnabled: true, locale: "en" };
}
