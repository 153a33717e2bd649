"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { signInSchema } from "@/lib/auth/schemas";
import { safeReturnPath, type FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors } from "@/lib/i18n/localize-errors";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = signInSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values: { email } };
  const returnTo = safeReturnPath(formText(formData, "callbackUrl"));

  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const minutes = /^throttled:(\d+)$/.exec(error.code)?.[1];
      // One message for unknown email and wrong password alike.
      const message = minutes
        ? (await getTranslations("auth"))("throttled", { minutes: Number(minutes) })
        : (await getTranslations("errors"))("auth.incorrectLogin");
      return { errors: { form: message }, values: { email } };
    }
    throw error;
  }
  // This browser is now one the owner uses: failures elsewhere will not slow it down.
  await rememberDevice(parsed.data.email);
  redirect(returnTo as Route);
}
