"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteAccount } from "@/lib/account/delete-account";
import { AccountDataError } from "@/lib/account/errors";
import { deleteAccountSchema } from "@/lib/account/schemas";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account/data");
  const parsed = deleteAccountSchema.safeParse({
    password: formText(formData, "password"),
    confirm: formText(formData, "confirm"),
  });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error) };

  try {
    await deleteAccount(user.id, parsed.data.password);
  } catch (error) {
    if (error instanceof AccountDataError) return { errors: await localizeErrors({ [error.field]: error.key }) };
    throw error;
  }

  // The session row went with the user; the cookie naming it goes too.
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect("/?accountDeleted=1");
}
