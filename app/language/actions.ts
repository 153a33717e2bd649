"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { setUserLocale } from "@/lib/auth/set-user-locale";
import { formText } from "@/lib/http/form-text";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { switchLanguageSchema } from "@/lib/i18n/schemas";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Switches the language on any page: remembered in the account, and in a cookie for signed-out visits. */
export async function switchLanguageAction(formData: FormData): Promise<void> {
  const parsed = switchLanguageSchema.safeParse({ locale: formText(formData, "locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
}
