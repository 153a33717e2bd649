import { getFeedCalendar } from "@/lib/calendar/get-feed-calendar";
import { feedTokenSchema } from "@/lib/calendar/schemas";

// Calendar apps fetch this with no cookie: the secret token in the URL is the
// only authority, so there is no session check. An unknown, revoked or
// malformed token gets one bare 404, so the answer tells nothing.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const token = feedTokenSchema.safeParse((await params).token);
  const body = token.success ? await getFeedCalendar(token.data) : null;
  if (body === null) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="simcase.ics"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-robots-tag": "noindex",
      "referrer-policy": "no-referrer",
    },
  });
}
