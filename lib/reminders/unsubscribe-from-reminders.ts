import "server-only";
import { serverEnv } from "@/lib/env/server-env";
import { isNotFound } from "@/lib/db/is-not-found";
import { setReminderEmails } from "./set-reminder-emails";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** Turns reminder emails off for the account an unsubscribe link was made for. False when the link is not valid. */
export async function unsubscribeFromReminders(token: string, now = new Date()): Promise<boolean> {
  const userId = verifyUnsubscribeToken(token, serverEnv().AUTH_SECRET);
  if (!userId) return false;
  try {
    await setReminderEmails(userId, false, now);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
