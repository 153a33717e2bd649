"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { requireUser } from "@/lib/auth/current-user";
import { AuthInputError } from "@/lib/auth/errors";
import type { FormState } from "@/lib/http/form-state";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formText(formData, "currentPassword"),
    newPassword: formText(formData, "newPassword"),
  });
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error) };

  const jar = await cookies();
  const keepSessionToken = SESSION_COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  try {
    await changePassword(user.id, { ...parsed.data, keepSessionToken });
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ [error.field]: { key: error.key, values: error.values } }) };
    throw error;
  }
  const t = await getTranslations("account.password");
  return { success: t("changed") };
}
