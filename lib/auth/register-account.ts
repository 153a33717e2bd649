import "server-only";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { Locale } from "@/lib/i18n/locales";
import { createUser } from "./create-user";
import { normalizeEmail } from "./normalize-email";
import { sendSignUpAttemptEmailJob } from "./send-sign-up-attempt-email";
import { sendVerificationEmailJob } from "./send-verification-email";
import { UserError } from "@/lib/http/user-error";

/**
 * Sign-up as the page sees it: the same answer, in about the same time, for a
 * new address and for one that already has an account, so the form cannot be
 * used to find out who uses Simcase. Both paths hash the password and try the
 * insert (the unique index refuses a taken address), then queue one email: the
 * confirmation link for a new account, a "someone tried to sign up with your
 * address" note for an existing one.
 */
export async function registerAccount(input: { email: string; password: string; locale?: Locale }): Promise<void> {
  try {
    const user = await createUser(input);
    await enqueueJob(sendVerificationEmailJob, { userId: user.id });
  } catch (error) {
    if (!(error instanceof UserError) || error.key !== "auth.emailTaken") throw error;
    const owner = await db().user.findUnique({ where: { email: normalizeEmail(input.email) }, select: { id: true } });
    if (owner) await enqueueJob(sendSignUpAttemptEmailJob, { userId: owner.id });
  }
}
