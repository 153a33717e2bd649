import { checkDatabaseReady } from "@/lib/db/check-database-ready";

// Readiness: whether this web server can serve requests now (database
// reachable, migrations applied). A proxy takes it out of rotation on 503.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const database = await checkDatabaseReady();
  const ready = database.ok;
  return Response.json(
    { status: ready ? "ready" : "not-ready", checks: { database } },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ready ? {} : { "Retry-After": "5" }) } },
  );
}
