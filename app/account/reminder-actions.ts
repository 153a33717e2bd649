"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { setReminderEmails } from "@/lib/reminders/set-reminder-emails";

export async function reminderSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  await setReminderEmails(user.id, formText(formData, "remindersEnabled") === "on");
  revalidatePath("/account");
  const t = await getTranslations("common");
  return { success: t("saved") };
}
