"use server";

import { headers } from "next/headers";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { signIn } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/create-user";
import { AuthInputError } from "@/lib/auth/errors";
import type { FormState } from "@/lib/http/form-state";
import { signUpSchema } from "@/lib/auth/schemas";
import { fieldErrors } from "@/lib/http/field-errors";
import { formText } from "@/lib/http/form-text";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = signUpSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { email } };

  try {
    const locale = preferredLocale((await headers()).get("accept-language"));
    await createUser({ ...parsed.data, locale });
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: { [error.field]: error.message }, values: { email } };
    throw error;
  }
  await signIn("credentials", { ...parsed.data, redirectTo: "/cases" });
  return {};
}
