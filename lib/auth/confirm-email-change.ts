import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { AuthInputError } from "./errors";
import { normalizeEmail } from "./normalize-email";
import { hashResetToken } from "./reset-token";

/**
 * Moves the account to the address the link was sent to. The link proves that
 * address, so no session is needed; the request row names the one account it
 * may change. The user's other pending requests die with it.
 */
export async function confirmEmailChange(token: string, now = new Date()): Promise<{ email: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const request = await tx.emailChangeRequest.findUnique({
        where: { tokenHash: hashResetToken(token) },
        select: { id: true, userId: true, newEmail: true, expiresAt: true },
      });
      if (!request || request.expiresAt <= now) throw new AuthInputError("account.emailLinkInvalid");
      // Deleting is the claim: of two clicks racing, only one deletes the row.
      const claimed = await tx.emailChangeRequest.deleteMany({ where: { id: request.id } });
      if (claimed.count !== 1) throw new AuthInputError("account.emailLinkInvalid");

      const user = await tx.user.update({
        where: { id: request.userId },
        data: { email: normalizeEmail(request.newEmail), emailVerified: now },
        select: { email: true },
      });
      await tx.emailChangeRequest.deleteMany({ where: { userId: request.userId } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AuthInputError("account.emailTaken");
    throw error;
  }
}
