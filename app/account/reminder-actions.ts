"use server";

import { getTranslations } from "next-intl/server";
import { userFormAction } from "@/edge/form-action";
import { reminderEmailsSchema } from "@/lib/reminders/schemas";
import { setReminderEmails } from "@/lib/reminders/set-reminder-emails";

export const reminderSettingsAction = userFormAction("/account", {
  hidden: ["remindersEnabled"],
  schema: reminderEmailsSchema,
  run: ({ remindersEnabled }, user) => setReminderEmails(user.id, remindersEnabled),
  revalidate: () => ["/account"],
  done: async () => ({ success: (await getTranslations("common"))("saved") }),
});
