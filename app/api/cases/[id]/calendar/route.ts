import { getCurrentUser } from "@/lib/auth/current-user";
import { getCaseCalendar } from "@/lib/calendar/get-case-calendar";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { idSchema } from "@/lib/cases/schemas";

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\/;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.replace(/[/\\]/g, "_"))}`;
}

/** One case's deadlines as an .ics download, for its owner only; anyone else gets the same 404 as for no case. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  const user = await getCurrentUser();
  if (!user) return notFound();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return notFound();
  try {
    const calendar = await getCaseCalendar(user.id, id.data);
    return new Response(calendar.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": attachment(calendar.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof CaseNotFoundError) return notFound();
    throw error;
  }
}
