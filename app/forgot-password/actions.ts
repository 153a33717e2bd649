"use server";

import type { FormState } from "@/lib/http/form-state";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { fieldErrors } from "@/lib/http/field-errors";
import { formText } from "@/lib/http/form-text";

const RESET_SENT = "If that address has an account, we sent a link to reset the password. It works for 1 hour.";

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { email } };
  await requestPasswordReset(parsed.data.email);
  return { success: RESET_SENT };
}
