// Liveness: the process is up and answers. It touches nothing else, so a
// database outage never gets a healthy web server restarted.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
