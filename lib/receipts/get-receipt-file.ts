import "server-only";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { db } from "@/lib/db/client";
import { receiptStorage, type ReceiptVariant } from "./receipt-storage";

/** One of the user's receipt files; another user's (or no such) receipt is "not found". */
export async function getReceiptFile(userId: string, receiptId: string, variant: ReceiptVariant) {
  const receipt = await db().receipt.findFirst({
    where: { id: receiptId, ownerId: userId },
    select: { contentType: true, fileName: true, kind: true },
  });
  if (!receipt) throw new CaseNotFoundError();
  const bytes = await receiptStorage().read(receiptId, variant === "thumbnail" && receipt.kind === "IMAGE" ? "thumbnail" : "original");
  if (!bytes) throw new CaseNotFoundError();
  return {
    bytes,
    contentType: variant === "thumbnail" && receipt.kind === "IMAGE" ? "image/jpeg" : receipt.contentType,
    fileName: receipt.fileName,
  };
}
