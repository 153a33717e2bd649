"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { AuthInputError } from "@/lib/auth/errors";
import { emailChangeTokenSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/verify-email";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizeErrors } from "@/lib/i18n/localize-errors";

/** Works without signing in: the token in the link is the authority, and it names its one account and address. */
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = emailChangeTokenSchema.safeParse({ token: formText(formData, "token") });
  const invalid = async () => ({ errors: await localizeErrors({ form: "auth.verifyLinkInvalid" }) });
  if (!parsed.success) return invalid();
  let email: string;
  try {
    ({ email } = await verifyEmail(parsed.data.token));
  } catch (error) {
    if (error instanceof AuthInputError) return invalid();
    throw error;
  }
  revalidatePath("/", "layout");
  return { success: (await getTranslations("verifyEmail"))("done", { email }) };
}
