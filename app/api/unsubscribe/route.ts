import { unsubscribeFromReminders } from "@/lib/reminders/unsubscribe-from-reminders";

// RFC 8058 one-click unsubscribe: mail clients POST here from the
// List-Unsubscribe header, with no cookie and no Origin of ours. The signed
// token is the authority, so the same-origin guard does not apply.
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const ok = await unsubscribeFromReminders(token);
  return new Response(ok ? "Unsubscribed from reminder emails.\n" : "This unsubscribe link is not valid.\n", {
    status: ok ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
