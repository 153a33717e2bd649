"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { confirmEmailChange } from "@/lib/workflows/confirm-email-change";
import { AuthInputError } from "@/lib/auth/errors";
import { emailChangeTokenSchema } from "@/lib/auth/schemas";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

/** Works without signing in: the token in the link is the authority, and it names its one account. */
export async function confirmEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = emailChangeTokenSchema.safeParse({ token: formText(formData, "token") });
  if (!parsed.success) {
    const { token } = await localizedFieldErrors(parsed.error);
    return { errors: { form: token } };
  }
  let email: string;
  try {
    ({ email } = await confirmEmailChange(parsed.data.token));
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: await localizeErrors({ form: { key: error.key, values: error.values } }) };
    throw error;
  }
  revalidatePath("/", "layout");
  const t = await getTranslations("account.confirmEmail");
  return { success: t("done", { email }) };
}
