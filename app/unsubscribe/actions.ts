"use server";

import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { unsubscribeFromReminders } from "@/lib/reminders/unsubscribe-from-reminders";

/** Works without signing in: the signed token in the link is the authority. */
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ok = await unsubscribeFromReminders(formText(formData, "token"));
  const t = await getTranslations("unsubscribe");
  return ok ? { success: t("done") } : { errors: { form: t("invalid") } };
}
