import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { CaseEventKind } from "@/lib/db/generated/enums";

type Tx = Prisma.TransactionClient;

/** Appends to a case's timeline; call inside the transaction that made the change. Returns the entry's id. */
export async function recordCaseEvent(
  tx: Tx,
  event: { caseId: string; actorId: string; kind: CaseEventKind; data?: Prisma.InputJsonObject; at?: Date },
): Promise<{ id: string }> {
  return tx.caseEvent.create({
    data: {
      caseId: event.caseId,
      actorId: event.actorId,
      kind: event.kind,
      data: event.data ?? {},
      ...(event.at ? { createdAt: event.at } : {}),
    },
    select: { id: true },
  });
}
