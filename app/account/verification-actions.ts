"use server";

import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { AuthInputError } from "@/lib/auth/errors";
import { requestVerificationEmail } from "@/lib/auth/request-verification-email";
import type { FormState } from "@/lib/http/form-state";
import { localizeErrors } from "@/lib/i18n/localize-errors";

/** "Send the link again", from the notice on the dashboard and the case page. */
export async function resendVerificationAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    await requestVerificationEmail(user.id);
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ form: { key: error.key, values: error.values } }) };
    throw error;
  }
  return { success: (await getTranslations("verifyEmail"))("resent", { email: user.email }) };
}
