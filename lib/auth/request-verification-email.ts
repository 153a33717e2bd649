import "server-only";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { sendVerificationEmailJob } from "./send-verification-email";
import { takeAllowance } from "./take-allowance";
import { UserError } from "@/lib/http/user-error";

/** "Send the link again", for the acting user: a few times an hour, and never once the address is confirmed. */
export async function requestVerificationEmail(userId: string, now = new Date()): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  if (!user) throw new UserError("auth.accountNotFound");
  if (user.emailVerified) return;
  const waitMinutes = await takeAllowance("verification-email", userId, now);
  if (waitMinutes !== null) throw new UserError("auth.verifyResendWait", { field: "form", values: { minutes: waitMinutes } });
  await enqueueJob(sendVerificationEmailJob, { userId });
}
