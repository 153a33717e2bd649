"use server";

import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { unsubscribeFromReminders } from "@/lib/reminders/unsubscribe-from-reminders";

/** Works without signing in: the signed token in the link is the authority. */
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ok = await unsubscribeFromReminders(formText(formData, "token"));
  return ok
    ? { success: "Done: you will get no more reminder emails. You can turn them back on in your account settings." }
    : { errors: { form: "This unsubscribe link is not valid. Turn reminders off in your account settings instead." } };
}
