import "server-only";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { normalizeEmail } from "./normalize-email";
import { sendPasswordResetEmailJob } from "./send-password-reset-email";

/**
 * Queues a reset email when the address has an account. The caller answers
 * the same either way; the mail itself is sent by the worker, so the response
 * time does not tell either.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  if (user) await enqueueJob(sendPasswordResetEmailJob, { userId: user.id });
}
