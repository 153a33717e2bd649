"use server";

import { redirect } from "next/navigation";
import { AuthInputError } from "@/lib/auth/errors";
import { rememberDevice } from "@/lib/auth/remember-device";
import { resetPassword } from "@/lib/auth/reset-password";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({ token: formText(formData, "token"), password: formText(formData, "password") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error) };
  try {
    const { email } = await resetPassword(parsed.data);
    // The link came from the owner's inbox: this browser is theirs, and no one else's failures slow it down.
    await rememberDevice(email);
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ form: { key: error.key, values: error.values } }) };
    throw error;
  }
  redirect("/sign-in?reset=1");
}
