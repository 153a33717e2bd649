"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeReturnPath, type FormState } from "@/lib/http/form-state";
import { signInSchema } from "@/lib/auth/schemas";
import { fieldErrors } from "@/lib/http/field-errors";
import { formText } from "@/lib/http/form-text";

// One message for unknown email and wrong password alike.
const INVALID = "Incorrect email or password.";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, "email");
  const parsed = signInSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { email } };

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formText(formData, "callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const minutes = /^throttled:(\d+)$/.exec(error.code)?.[1];
      const message = minutes
        ? `Too many failed sign-ins. Try again in ${minutes} minute${minutes === "1" ? "" : "s"}.`
        : INVALID;
      return { errors: { form: message }, values: { email } };
    }
    throw error; // includes the redirect that signIn throws on success
  }
  return {};
}
