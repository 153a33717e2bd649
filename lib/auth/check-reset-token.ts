import "server-only";
import { db } from "@/lib/db/client";
import { hashResetToken } from "./reset-token";
import { resetTokenSchema } from "./schemas";

/**
 * Whether a reset link can still set a password, so that the page can say at
 * once when it cannot. It only reads: mail scanners open links too, and the
 * link must still work for its owner afterwards. The answer is a yes or no,
 * never whose link it is; an unknown, used and expired token look the same.
 */
export async function checkResetToken(token: string, now = new Date()): Promise<boolean> {
  if (!resetTokenSchema.safeParse(token).success) return false;
  const live = await db().passwordResetToken.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return live !== null;
}
