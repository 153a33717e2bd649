import { answeringUserErrors } from "@/edge/translate-user-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { idSchema } from "@/lib/cases/schemas";
import { contentDisposition } from "@/lib/http/content-disposition";
import { notFoundError, UserError } from "@/lib/http/user-error";
import { admitProofPack } from "@/lib/receipts/proof-pack/admit-proof-pack";
import { buildProofPack } from "@/lib/receipts/proof-pack/build-proof-pack";

/** A case's proof pack as a PDF download, for its owner only; anyone else gets the same 404 as for no case. */
export const GET = answeringUserErrors(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const user = await getCurrentUser();
    const id = idSchema.safeParse((await params).id);
    if (!user || !id.success) throw notFoundError("cases.notFound");
    const ticket = admitProofPack(user.id);
    if (!ticket) throw new UserError("receipts.proofPackBusy", { status: 429 });
    const pack = await buildProofPack(user.id, id.data).finally(() => ticket.release());
    return new Response(new Uint8Array(pack.bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-length": String(pack.bytes.length),
        "content-disposition": contentDisposition("attachment", pack.fileName),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'",
        // Proof can be a passport scan: kept in no cache.
        "cache-control": "private, no-store",
        "cross-origin-resource-policy": "same-origin",
      },
    });
  },
  { as: "text", headers: (error) => (error.status === 429 ? { "retry-after": "5" } : undefined) },
);
