import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { idSchema } from "@/lib/cases/schemas";
import { contentDisposition } from "@/lib/http/content-disposition";
import { buildProofPack } from "@/lib/receipts/proof-pack/build-proof-pack";

/** A case's proof pack as a PDF download, for its owner only; anyone else gets the same 404 as for no case. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  const notFound = () => new Response(t("cases.notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const id = idSchema.safeParse((await params).id);
  if (!user || !id.success) return notFound();
  try {
    const pack = await buildProofPack(user.id, id.data);
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
  } catch (error) {
    if (error instanceof CaseNotFoundError) return notFound();
    throw error;
  }
}
