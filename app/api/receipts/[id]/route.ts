import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/current-user";
import { answeringUserErrors } from "@/edge/translate-user-error";
import { contentDisposition } from "@/lib/http/content-disposition";
import { notFoundError } from "@/lib/http/user-error";
import { openReceiptFile } from "@/lib/receipts/open-receipt-file";
import { receiptQuerySchema } from "@/lib/receipts/schemas";
import { idSchema } from "@/lib/cases/schemas";

/** A receipt file, for its owner only. Anyone else gets the same 404 as for a receipt that does not exist. */
export const GET = answeringUserErrors(
  async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const user = await getCurrentUser();
    const id = idSchema.safeParse((await params).id);
    if (!user || !id.success) throw notFoundError("receipts.notFound");
    const query = receiptQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const file = await openReceiptFile(user.id, id.data, query.variant);
    // Streamed from the store as the client reads: a bucket's file is never held whole here.
    return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.size),
        // PDFs are never opened by the browser's viewer on our origin, whatever they contain (docs/decisions/017).
        "content-disposition": contentDisposition(query.download || file.contentType === "application/pdf" ? "attachment" : "inline", file.fileName),
        "x-content-type-options": "nosniff",
        // Nothing in the file may load or run anything, whatever it turns out to contain.
        "content-security-policy": "default-src 'none'",
        // Proof can be a passport scan: nothing kept in caches, even the browser's, after sign-out or deletion.
        "cache-control": "private, no-store",
        "cross-origin-resource-policy": "same-origin",
      },
    });
  },
  { as: "text" },
);
