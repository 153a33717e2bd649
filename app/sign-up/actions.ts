"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { AuthInputError } from "@/lib/auth/errors";
import { registerAccount } from "@/lib/auth/register-account";
import { signUpSchema } from "@/lib/auth/schemas";
import { takeAllowance } from "@/lib/auth/take-allowance";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

/** A new address and a taken one end on the same "check your email" page (see register-account.ts). */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = signUpSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values: { email } };
  const waitMinutes = await takeAllowance("sign-up", clientIp(await headers()));
  if (waitMinutes !== null) {
    return { errors: await localizeErrors({ form: { key: "auth.tooManyAttempts", values: { minutes: waitMinutes } } }), values: { email } };
  }

  try {
    // The language the visitor is reading now becomes the account's.
    await registerAccount({ ...parsed.data, locale: await getLocale() });
  } catch (error) {
    if (error instanceof AuthInputError) {
      return { errors: await localizeErrors({ [error.field]: { key: error.key, values: error.values } }), values: { email } };
    }
    throw error;
  }
  redirect("/sign-up/check-email");
}
