import { checkDatabaseReady } from "@/lib/db/check-database-ready";
import { checkStorageReady } from "@/lib/receipts/storage/check-storage-ready";

// Readiness: whether this web server can serve requests now (database
// reachable, migrations applied, the receipt bucket reachable when one is
// configured). A proxy takes it out of rotation on 503.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [database, storage] = await Promise.all([checkDatabaseReady(), checkStorageReady()]);
  const ready = database.ok && (storage?.ok ?? true);
  return Response.json(
    { status: ready ? "ready" : "not-ready", checks: storage ? { database, storage } : { database } },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ready ? {} : { "Retry-After": "5" }) } },
  );
}
