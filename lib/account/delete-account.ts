import "server-only";
import { checkLoginThrottle } from "@/lib/auth/check-login-throttle";
import { accountAndIpPrefix, accountThrottleKey, reauthThrottleKeys } from "@/lib/auth/login-throttle";
import { recordLoginFailure } from "@/lib/auth/record-login-failure";
import { verifyPassword } from "@/lib/auth/verify-password";
import { db } from "@/lib/db/client";
import { JOB_SCHEMA } from "@/lib/jobs/create-boss";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { lockUserReceipts } from "@/lib/receipts/lock-user-receipts";
import { queueObjectDeletion } from "@/lib/receipts/queue-object-deletion";
import { sendMailNoticeJob } from "./send-mail-notice";
import { UserError } from "@/lib/http/user-error";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("account");

/**
 * Deletes the acting user's account and everything in it, after checking the
 * password. One transaction writes the notice for the goodbye email, drops the
 * queued jobs that name the user and deletes the user row (the foreign keys
 * cascade to cases, timelines, receipts, sessions and tokens); nothing is left
 * half-deleted; receipt objects in a bucket go by a job queued after it.
 * Wrong passwords count towards the sign-in throttle, so a stolen session
 * cannot guess it. See docs/decisions/010-account-deletion.md.
 */
export async function deleteAccount(userId: string, password: string, now = new Date()): Promise<{ noticeId: string }> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, locale: true, passwordHash: true },
  });
  if (!user) throw new UserError("accountData.accountNotFound");

  const keys = reauthThrottleKeys(userId);
  if (await checkLoginThrottle(keys, now)) throw new UserError("accountData.tooManyAttempts", { field: "password" });
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordLoginFailure(keys, now);
    throw new UserError("accountData.wrongPassword", { field: "password" });
  }

  const { noticeId, storageKeys } = await db().$transaction(
    async (tx) => {
      // No upload lands between reading the bucket's keys and deleting the rows.
      await lockUserReceipts(tx, userId);
      const objects = await tx.receipt.findMany({ where: { ownerId: userId, storageKey: { not: null } }, select: { storageKey: true } });
      const notice = await tx.mailNotice.create({
        data: { kind: "ACCOUNT_DELETED", email: user.email, locale: user.locale, createdAt: now },
        select: { id: true },
      });
      // Payloads carry ids: the user's (a reset job's {userId}) or a row of theirs (an
      // email-change link's {requestId}). Finished jobs move to the archive with theirs.
      const requests = await tx.emailChangeRequest.findMany({ where: { userId }, select: { id: true } });
      const ids = [userId, ...requests.map((request) => request.id)];
      // The schema name is our constant, never input.
      for (const table of ["job", "archive"]) {
        await tx.$executeRawUnsafe(
          `DELETE FROM ${JOB_SCHEMA}.${table} WHERE EXISTS (
             SELECT 1 FROM unnest($1::text[]) AS id
              WHERE strpos(data::text, id) > 0 OR strpos(coalesce(output::text, ''), id) > 0)`,
          ids,
        );
      }
      await tx.loginFailure.deleteMany({
        where: {
          OR: [{ key: { in: [keys[0]!.key, accountThrottleKey(user.email)] } }, { key: { startsWith: accountAndIpPrefix(user.email) } }],
        },
      });
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      // Conditional on the hash we checked: a password changed meanwhile stops the deletion.
      const deleted = await tx.user.deleteMany({ where: { id: userId, passwordHash: user.passwordHash } });
      if (deleted.count !== 1) throw new UserError("accountData.changedMeanwhile", { field: "password" });
      return { noticeId: notice.id, storageKeys: objects.map((object) => object.storageKey!) };
    },
    // A full account may hold 200 MB of receipts to delete; Prisma's 5 s default is too tight.
    { timeout: 60_000 },
  );

  // Random keys, naming no one: the queue may hold them after the account is gone.
  await queueObjectDeletion(storageKeys);
  try {
    await enqueueJob(sendMailNoticeJob, { noticeId });
  } catch (error) {
    // The account is gone either way; the user must not be told otherwise. lib/account/sweep-mail-notices.ts sends it later.
    log.warn(`goodbye email for notice ${noticeId} not queued: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { noticeId };
}
