import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { emailChangeEmail } from "@/lib/mail/templates/email-change-email";
import { generateResetToken } from "./reset-token";
import { LINK_MAIL_RETRY } from "./link-mail-retry";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The token is made here, in the worker, so that the queue never holds it:
 * the payload is the id of the pending request, whose row holds the new address.
 */
export const sendEmailChangeLinkJob = defineJob({
  name: "auth.send-email-change-link",
  payload: z.object({ requestId: z.string().min(1) }),
  retry: LINK_MAIL_RETRY,
  sendsMail: true,
  async handler({ requestId }) {
    await sendEmailChangeLink(requestId);
  },
});

/** Names the link in a header without giving away its token (a hash of the stored hash). */
function linkName(tokenHash: string): string {
  return createHash("sha256").update(tokenHash).digest("base64url").slice(0, 16);
}

export async function sendEmailChangeLink(requestId: string, now = new Date()): Promise<"sent" | "skipped"> {
  const request = await db().emailChangeRequest.findUnique({
    where: { id: requestId },
    select: { newEmail: true, expiresAt: true, user: { select: { locale: true, timeZone: true } } },
  });
  if (!request || request.expiresAt <= now) return "skipped";

  // A retry replaces the token: a link from an attempt that failed half-way stops working.
  const { token, tokenHash } = generateResetToken();
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
  const updated = await db().emailChangeRequest.updateMany({ where: { id: requestId }, data: { tokenHash, expiresAt } });
  // Confirmed or replaced in the meantime: nothing to send.
  if (updated.count !== 1) return "skipped";

  const link = `${serverEnv().APP_URL}/account/confirm-email?token=${encodeURIComponent(token)}`;
  await sendMail({
    ...(await emailChangeEmail({
      to: request.newEmail,
      link,
      expiresInHours: EMAIL_CHANGE_TTL_MS / 3_600_000,
      locale: toLocale(request.user.locale),
      timeZone: request.user.timeZone,
    })),
    // Named by its link, like the reset email: a retry replaces the token, so it is another message (docs/decisions/023).
    messageId: stableMessageId("email-change", `${requestId}.${linkName(tokenHash)}`),
  });
  return "sent";
}
