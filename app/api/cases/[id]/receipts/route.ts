import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { serverEnv } from "@/lib/env/server-env";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { addReceipt } from "@/lib/receipts/add-receipt";
import { admitUpload } from "@/lib/receipts/admit-upload";
import { ReceiptRejectedError } from "@/lib/receipts/errors";
import { ReceiptStorageError } from "@/lib/receipts/storage/storage-error";
import { DECODER_LIMITS, RECEIPT_LIMITS } from "@/lib/receipts/limits";
import { uploadHeadersSchema } from "@/lib/receipts/schemas";
import { idSchema } from "@/lib/cases/schemas";

// Uploads come here as the raw file body (not a server action, whose body
// limit is 1 MB), with the file's name in a header, so the body can be read
// as a stream and cut off past 10 MB.
export const POST = sameOriginOnly(
  () => serverEnv().APP_URL,
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
    if (!user) return Response.json({ error: t("receipts.signInAgain") }, { status: 401 });
    const caseId = idSchema.safeParse((await params).id);
    if (!caseId.success) return Response.json({ error: t("cases.notFound") }, { status: 404 });
    const id = caseId.data;
    const headers = uploadHeadersSchema.safeParse({
      fileName: request.headers.get("x-file-name"),
      stepId: request.headers.get("x-step-id"),
    });
    if (!headers.success) return Response.json({ error: t("receipts.fileNameMissing") }, { status: 400 });

    // Taken before the body is read: an upload over the limits is never held in memory.
    const ticket = admitUpload(user.id);
    const retryAfter = { "retry-after": String(DECODER_LIMITS.retryAfterSeconds) };
    if (!ticket) return Response.json({ error: t("receipts.tooManyAtOnce") }, { status: 429, headers: retryAfter });
    try {
      const bytes = await readBodyWithLimit(request, RECEIPT_LIMITS.maxFileBytes);
      if (!bytes) return Response.json({ error: t("receipts.fileTooLarge") }, { status: 413 });
      const receipt = await addReceipt(user.id, id, { bytes, ...headers.data });
      revalidatePath(`/cases/${id}`);
      return Response.json(receipt, { status: 201 });
    } catch (error) {
      if (error instanceof ReceiptRejectedError) {
        const key = error.key as never;
        return Response.json(
          { error: t.has(key) ? t(key, error.values as never) : t("generic") },
          { status: error.status, headers: error.status === 429 ? retryAfter : undefined },
        );
      }
      if (error instanceof CaseNotFoundError) return Response.json({ error: t("cases.notFound") }, { status: 404 });
      if (error instanceof ReceiptStorageError) {
        // The bucket failed or refused (its message names the setting to check); nothing was kept, so the user may try again.
        console.warn(`[receipts] upload not stored: ${error.message}`);
        return Response.json({ error: t("generic") }, { status: 503, headers: retryAfter });
      }
      throw error;
    } finally {
      ticket.release();
    }
  },
);
