import { z } from "zod";
import { normalizeEmail } from "./normalize-email";

// Shared by the forms (client) and the server actions.

export const PASSWORD_MIN = 8;
// argon2 hashes whatever it is given; a cap keeps a megabyte "password" from tying up a core.
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .transform(normalizeEmail)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, "That email address is too long."));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** At sign-in any non-empty string may be the password; length rules apply only when choosing one. */
const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX * 4, "Incorrect email or password.");

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});

export const forgotPasswordSchema = z.object({
  email: emailSchema,
});

export const resetPasswordSchema = z.object({
  token: z.string().min(20, "This reset link is not valid.").max(200, "This reset link is not valid."),
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});
