"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { setEmailLanguage } from "@/lib/reminders/set-email-language";
import { setReminderEmails } from "@/lib/reminders/set-reminder-emails";

export async function reminderSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const locale = formText(formData, "locale");
  if (locale !== "en" && locale !== "zh") return { errors: { locale: "Choose English or Chinese." } };
  await setReminderEmails(user.id, formText(formData, "remindersEnabled") === "on");
  await setEmailLanguage(user.id, locale);
  revalidatePath("/account");
  return { success: "Saved." };
}
