"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { takeAllowance } from "@/lib/auth/take-allowance";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values: { email } };
  const waitMinutes = await takeAllowance("forgot-password", clientIp(await headers()));
  if (waitMinutes !== null) {
    return { errors: await localizeErrors({ form: { key: "auth.tooManyAttempts", values: { minutes: waitMinutes } } }), values: { email } };
  }
  await requestPasswordReset(parsed.data.email);
  return { success: (await getTranslations("auth"))("resetSent") };
}
