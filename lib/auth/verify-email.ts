import "server-only";
import { db } from "@/lib/db/client";
import { hashResetToken } from "./reset-token";
import { UserError } from "@/lib/http/user-error";

export const VERIFY_LINK_INVALID = "auth.verifyLinkInvalid";

/**
 * Confirms the address a verification link was sent to. The token names its
 * one account and its one address: claimed by a conditional update (so it
 * works once, even when two clicks race), and it confirms nothing if the
 * account has moved to another address since.
 */
export async function verifyEmail(token: string, now = new Date()): Promise<{ email: string }> {
  return db().$transaction(async (tx) => {
    const [claimed] = await tx.emailVerificationToken.updateManyAndReturn({
      where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true, email: true },
    });
    if (!claimed) throw new UserError(VERIFY_LINK_INVALID);
    const verified = await tx.user.updateMany({
      where: { id: claimed.userId, email: claimed.email },
      data: { emailVerified: now },
    });
    if (verified.count !== 1) throw new UserError(VERIFY_LINK_INVALID);
    // The address is confirmed: any other link to it has nothing left to do.
    await tx.emailVerificationToken.updateMany({ where: { userId: claimed.userId, usedAt: null }, data: { usedAt: now } });
    return { email: claimed.email };
  });
}
