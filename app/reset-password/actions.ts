"use server";

import { redirect } from "next/navigation";
import { AuthInputError } from "@/lib/auth/errors";
import type { FormState } from "@/lib/http/form-state";
import { resetPassword } from "@/lib/auth/reset-password";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { fieldErrors } from "@/lib/http/field-errors";
import { formText } from "@/lib/http/form-text";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({ token: formText(formData, "token"), password: formText(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    if (error instanceof AuthInputError) return { errors: { form: error.message } };
    throw error;
  }
  redirect("/sign-in?reset=1");
}
