import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./hash-password";
import { normalizeEmail } from "./normalize-email";
import { UserError } from "@/lib/http/user-error";

/** Creates a password account. Relies on the unique index, not a prior lookup, to refuse a taken email. */
export async function createUser(input: {
  email: string;
  password: string;
  /** Language of the emails; from the browser at sign-up, changeable in settings. */
  locale?: Locale;
}): Promise<{ id: string; email: string }> {
  const email = normalizeEmail(input.email);
  checkPasswordStrength(input.password, { email });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: { email, passwordHash, locale: input.locale ?? DEFAULT_LOCALE },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new UserError("auth.emailTaken", { field: "email" });
    }
    throw error;
  }
}
