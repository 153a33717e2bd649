"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { userFormAction } from "@/edge/form-action";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { requestEmailChange } from "@/lib/auth/request-email-change";
import { requestEmailChangeSchema, setTimeZoneSchema } from "@/lib/auth/schemas";
import { setUserLocale } from "@/lib/auth/set-user-locale";
import { setUserTimeZone } from "@/lib/workflows/set-user-time-zone";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { switchLanguageSchema } from "@/lib/i18n/schemas";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The account's language; the cookie too, so the sign-in page after signing out speaks it as well. */
export const saveLanguageAction = userFormAction("/account", {
  fields: ["locale"],
  schema: switchLanguageSchema,
  run: async ({ locale }, user) => {
    await setUserLocale(user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  },
  revalidate: () => [{ layout: "/" }],
  // In the new language: the answer is read on a page about to show it.
  done: async (_result, { locale }) => ({ success: (await getTranslations({ locale, namespace: "account.language" }))("saved") }),
});

export const saveTimeZoneAction = userFormAction("/account", {
  fields: ["timeZone"],
  schema: setTimeZoneSchema,
  run: ({ timeZone }, user) => setUserTimeZone(user.id, timeZone),
  revalidate: () => [{ layout: "/" }],
  done: async () => ({ success: (await getTranslations("account.timeZone"))("saved") }),
});

export const requestEmailChangeAction = userFormAction("/account", {
  fields: ["newEmail", "password"],
  schema: requestEmailChangeSchema,
  run: (input, user) => requestEmailChange(user.id, input),
  done: async (_result, { newEmail }) => ({ success: (await getTranslations("account.email"))("sent", { email: newEmail }) }),
});

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
