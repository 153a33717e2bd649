import { z } from "zod";
import { normalizeEmail } from "./normalize-email";
import { safeReturnPath } from "@/lib/http/form-state";

// Shared by the forms (client) and the server actions.

export const PASSWORD_MIN = 8;
// argon2 hashes whatever it is given; a cap keeps a megabyte "password" from tying up a core.
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: "auth.emailRequired" })
  .transform(normalizeEmail)
  // Left empty, the field is asked for, not called invalid.
  .pipe(z.string().min(1, "auth.emailRequired").pipe(z.email({ error: "auth.emailInvalid" }).max(254, "auth.emailTooLong")));

export const newPasswordSchema = z
  .string({ error: "auth.passwordRequired" })
  .min(PASSWORD_MIN, "auth.passwordTooShort")
  .max(PASSWORD_MAX, "auth.passwordTooLong");

/** At sign-in any non-empty string may be the password; length rules apply only when choosing one. */
const currentPasswordSchema = z
  .string({ error: "auth.currentPasswordRequired" })
  .min(1, "auth.currentPasswordRequired")
  .max(PASSWORD_MAX * 4, "auth.incorrectLogin");

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});

/** The sign-in form: the credentials, and the same-site page to go back to afterwards. */
export const signInFormSchema = signInSchema.extend({
  callbackUrl: z.string().transform((value) => safeReturnPath(value)),
});

export const forgotPasswordSchema = z.object({
  email: emailSchema,
});

/** The token of a reset link, as the link carries it; one of another length was never issued. */
export const resetTokenSchema = z.string().min(20, "auth.resetLinkInvalid").max(200, "auth.resetLinkInvalid");

export const resetPasswordSchema = z.object({
  token: resetTokenSchema,
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

let timeZones: ReadonlySet<string> | undefined;

/**
 * Every IANA zone this runtime knows, the list the account page offers. Read
 * on first use: this file also reaches browsers, which never need the list.
 */
export function supportedTimeZones(): ReadonlySet<string> {
  timeZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  return timeZones;
}

export const timeZoneSchema = z
  .string({ error: "account.timeZoneInvalid" })
  .refine((zone) => supportedTimeZones().has(zone), "account.timeZoneInvalid");

export const setTimeZoneSchema = z.object({ timeZone: timeZoneSchema });

export const requestEmailChangeSchema = z.object({
  newEmail: emailSchema,
  password: z
    .string({ error: "account.passwordRequired" })
    .min(1, "account.passwordRequired")
    .max(PASSWORD_MAX * 4, "account.passwordWrong"),
});

/** The link in a verify-email message: whatever is wrong with it, the same answer. */
export const verifyEmailSchema = z.object({
  token: z.string().min(20, "auth.verifyLinkInvalid").max(200, "auth.verifyLinkInvalid"),
});

export const emailChangeTokenSchema = z.object({
  token: z.string().min(20, "account.emailLinkInvalid").max(200, "account.emailLinkInvalid"),
});
