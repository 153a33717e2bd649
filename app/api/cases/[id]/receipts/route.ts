import { revalidatePath } from "next/cache";
import { answeringUserErrors } from "@/edge/translate-user-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { idSchema } from "@/lib/cases/schemas";
import { serverEnv } from "@/lib/env/server-env";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { notFoundError, UserError } from "@/lib/http/user-error";
import { addReceipt } from "@/lib/receipts/add-receipt";
import { admitUpload } from "@/lib/receipts/admit-upload";
import { ReceiptStorageError } from "@/lib/receipts/storage/storage-error";
import { DECODER_LIMITS, RECEIPT_LIMITS } from "@/lib/receipts/limits";
import { uploadHeadersSchema } from "@/lib/receipts/schemas";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("receipts");

// Uploads come here as the raw file body (not a server action, whose body
// limit is 1 MB), with the file's name in a header, so the body can be read
// as a stream and cut off past 10 MB. Every refusal is a UserError, answered
// as JSON `{ error }` with its status; "not now" and "the store failed" say
// when to try again.
export const POST = sameOriginOnly(
  () => serverEnv().APP_URL,
  answeringUserErrors(
    async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
      const user = await getCurrentUser();
      if (!user) throw new UserError("receipts.signInAgain", { status: 401 });
      const caseId = idSchema.safeParse((await params).id);
      if (!caseId.success) throw notFoundError("cases.notFound");
      const id = caseId.data;
      const headers = uploadHeadersSchema.safeParse({
        fileName: request.headers.get("x-file-name"),
        stepId: request.headers.get("x-step-id"),
        submissionKey: request.headers.get("x-submission-key"),
      });
      if (!headers.success) throw new UserError(headers.error.issues[0]?.message ?? "receipts.fileNameMissing");

      // Taken before the body is read: an upload over the limits is never held in memory.
      const ticket = admitUpload(user.id);
      if (!ticket) throw new UserError("receipts.tooManyAtOnce", { status: 429 });
      try {
        const bytes = await readBodyWithLimit(request, RECEIPT_LIMITS.maxFileBytes);
        if (!bytes) throw new UserError("receipts.fileTooLarge", { status: 413 });
        const receipt = await addReceipt(user.id, id, { bytes, ...headers.data });
        revalidatePath(`/cases/${id}`);
        return Response.json(receipt, { status: 201 });
      } catch (error) {
        if (!(error instanceof ReceiptStorageError)) throw error;
        // The bucket failed or refused (its message names the setting to check); nothing was kept, so the user may try again.
        log.warn(`upload not stored: ${error.message}`);
        throw new UserError("generic", { status: 503 });
      } finally {
        ticket.release();
      }
    },
    { headers: (error) => (error.status === 429 || error.status === 503 ? { "retry-after": String(DECODER_LIMITS.retryAfterSeconds) } : undefined) },
  ),
);
