"use server";

import type { FormState } from "@/lib/auth/form-state";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { fieldErrors, forgotPasswordSchema } from "@/lib/auth/schemas";
import { formText } from "@/lib/http/form-text";

const RESET_SENT = "If that address has an account, we sent a link to reset the password. It works for 1 hour.";

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { email } };
  await requestPasswordReset(parsed.data.email);
  return { success: RESET_SENT };
}
