import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { SubmissionKind } from "@/lib/db/generated/enums";

type Tx = Prisma.TransactionClient;

/** Which filled form this is: the user, what it creates, and the key it carried (null: an old page, unprotected). */
export type SubmissionRef = { userId: string; kind: SubmissionKind; key: string | null; now: Date };

/** The row's id, made now or by the same submission before (replayed: then nothing was written). */
export type CreatedOnce<Made> = { id: string } & ({ replayed: false; made: Made } | { replayed: true });

/**
 * Runs `create` in one transaction with the record of the form's submission
 * key (decision 031): sent again, after an answer that never arrived, the
 * form makes nothing new and is told what the first time made. The key is
 * claimed first, by the primary key (ON CONFLICT DO NOTHING), never by a
 * look then a write: a twin still in flight makes this insert wait for its
 * commit, then skip. A refusal inside `create` rolls the claim back with the
 * rest, so a corrected form can use the same key.
 */
export async function createOncePerSubmission<Made extends { id: string }>(
  submission: SubmissionRef,
  create: (tx: Tx) => Promise<Made>,
  options?: { timeout?: number; maxWait?: number },
): Promise<CreatedOnce<Made>> {
  const { userId, kind, key, now } = submission;
  return db().$transaction(async (tx): Promise<CreatedOnce<Made>> => {
    if (key === null) {
      const made = await create(tx);
      return { id: made.id, replayed: false, made };
    }
    const where = { userId_kind_key: { userId, kind, key } };
    const claimed = await tx.submission.createMany({ data: { userId, kind, key, createdAt: now }, skipDuplicates: true });
    if (claimed.count === 0) {
      // Committed with its resultId: the conflict waited for the transaction that wrote it.
      const earlier = await tx.submission.findUniqueOrThrow({ where, select: { resultId: true } });
      return { replayed: true, id: earlier.resultId! };
    }
    const made = await create(tx);
    await tx.submission.update({ where, data: { resultId: made.id } });
    return { id: made.id, replayed: false, made };
  }, options);
}
