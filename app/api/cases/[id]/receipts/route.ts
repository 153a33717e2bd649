import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { serverEnv } from "@/lib/env/server-env";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { addReceipt } from "@/lib/receipts/add-receipt";
import { ReceiptRejectedError } from "@/lib/receipts/errors";
import { RECEIPT_LIMITS } from "@/lib/receipts/limits";
import { uploadHeadersSchema } from "@/lib/receipts/schemas";

// Uploads come here as the raw file body (not a server action, whose body
// limit is 1 MB), with the file's name in a header, so the body can be read
// as a stream and cut off past 10 MB.
export const POST = sameOriginOnly(
  () => serverEnv().APP_URL,
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const user = await getCurrentUser();
    if (!user) return Response.json({ error: "Sign in again to upload." }, { status: 401 });
    const { id } = await params;
    const headers = uploadHeadersSchema.safeParse({
      fileName: request.headers.get("x-file-name"),
      stepId: request.headers.get("x-step-id"),
    });
    if (!headers.success) return Response.json({ error: "The file's name is missing." }, { status: 400 });

    const bytes = await readBodyWithLimit(request, RECEIPT_LIMITS.maxFileBytes);
    if (!bytes) return Response.json({ error: "Files can be at most 10 MB." }, { status: 413 });
    try {
      const receipt = await addReceipt(user.id, id, { bytes, ...headers.data });
      revalidatePath(`/cases/${id}`);
      return Response.json(receipt, { status: 201 });
    } catch (error) {
      if (error instanceof ReceiptRejectedError) return Response.json({ error: error.message }, { status: error.status });
      if (error instanceof CaseNotFoundError) return Response.json({ error: error.message }, { status: 404 });
      throw error;
    }
  },
);
