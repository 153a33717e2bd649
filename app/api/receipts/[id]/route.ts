import { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { contentDisposition } from "@/lib/http/content-disposition";
import { openReceiptFile } from "@/lib/receipts/open-receipt-file";
import { receiptQuerySchema } from "@/lib/receipts/schemas";
import { idSchema } from "@/lib/cases/schemas";

/** A receipt file, for its owner only. Anyone else gets the same 404 as for a receipt that does not exist. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  const notFound = () =>
    new Response(t("receipts.notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const id = idSchema.safeParse((await params).id);
  if (!user || !id.success) return notFound();
  const query = receiptQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
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
  } catch (error) {
    if (error instanceof CaseNotFoundError) return notFound();
    throw error;
  }
}
