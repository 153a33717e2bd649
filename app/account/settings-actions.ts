"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { AuthInputError } from "@/lib/auth/errors";
import { requestEmailChange } from "@/lib/auth/request-email-change";
import { requestEmailChangeSchema, setTimeZoneSchema } from "@/lib/auth/schemas";
import { setUserLocale } from "@/lib/auth/set-user-locale";
import { setUserTimeZone } from "@/lib/workflows/set-user-time-zone";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { switchLanguageSchema } from "@/lib/i18n/schemas";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The account's language; the cookie too, so the sign-in page after signing out speaks it as well. */
export async function saveLanguageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = switchLanguageSchema.safeParse({ locale: formText(formData, "locale") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error) };
  const { locale } = parsed.data;
  await setUserLocale(user.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  revalidatePath("/", "layout");
  // In the new language: the answer is read on a page about to show it.
  const t = await getTranslations({ locale, namespace: "account.language" });
  return { success: t("saved") };
}

export async function saveTimeZoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = setTimeZoneSchema.safeParse({ timeZone: formText(formData, "timeZone") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error) };
  try {
    await setUserTimeZone(user.id, parsed.data.timeZone);
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ [error.field]: { key: error.key, values: error.values } }) };
    throw error;
  }
  revalidatePath("/", "layout");
  const t = await getTranslations("account.timeZone");
  return { success: t("saved") };
}

export async function requestEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const values = { newEmail: formText(formData, "newEmail") };
  const parsed = requestEmailChangeSchema.safeParse({ ...values, password: formText(formData, "password") });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values };
  try {
    await requestEmailChange(user.id, parsed.data);
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ [error.field]: { key: error.key, values: error.values } }), values };
    throw error;
  }
  const t = await getTranslations("account.email");
  return { success: t("sent", { email: parsed.data.newEmail }) };
}

/** Every session row goes, so Auth.js's own sign-out (which deletes this one) has nothing left: the cookie is cleared here. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser("/account");
  await signOutEverywhere(user.id);
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
  }
  redirect("/sign-in?signedOut=1");
}
