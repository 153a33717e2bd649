import { answeringUserErrors } from "@/edge/translate-user-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCaseCalendar } from "@/lib/calendar/get-case-calendar";
import { idSchema } from "@/lib/cases/schemas";
import { notFoundError } from "@/lib/http/user-error";

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\/;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.replace(/[/\\]/g, "_"))}`;
}

/** One case's deadlines as an .ics download, for its owner only; anyone else gets the same 404 as for no case. */
export const GET = answeringUserErrors(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const user = await getCurrentUser();
    const id = idSchema.safeParse((await params).id);
    if (!user || !id.success) throw notFoundError("cases.notFound");
    const calendar = await getCaseCalendar(user.id, id.data);
    return new Response(calendar.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": attachment(calendar.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
  { as: "text" },
);
