import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { serverEnv } from "@/lib/env/server-env";

export type ReadinessCheck = { ok: true } | { ok: false; reason: "unreachable" | "migrations-pending" };

/** A probe answers fast or not at all: a load balancer reads silence as "not ready" anyway. */
const PROBE_TIMEOUT_MS = 5_000;

// Not imported from ./migrations: that module pulls in the schema engine, which a web server never needs.
const MIGRATIONS_DIR = path.resolve("prisma/migrations");

let migrationNames: Promise<string[]> | undefined;

/** The migrations this build ships with; they do not change while the process runs. */
function shippedMigrations(): Promise<string[]> {
  migrationNames ??= readdir(MIGRATIONS_DIR, { withFileTypes: true }).then((entries) =>
    entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
  );
  return migrationNames;
}

/**
 * Ready means the database answers and every migration this build ships with
 * has been applied: a web server started before `db:migrate:deploy` finished
 * would otherwise take traffic it cannot serve. One query per probe, on a
 * connection of its own: through the app's pool, ten requests stuck on a
 * locked table took the probe down with them and a proxy dropped a server
 * whose database was up; and a failure there would mark the probe's answer
 * as an outage page rather than this JSON.
 */
export async function checkDatabaseReady(connectionString = serverEnv().DATABASE_URL): Promise<ReadinessCheck> {
  const names = await shippedMigrations();
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    statement_timeout: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
    application_name: "simcase-readyz",
  });
  // A connection that fails after the probe has answered must not be an unhandled error.
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ applied: number }>(
      `SELECT count(*)::int AS applied FROM _prisma_migrations
        WHERE migration_name = ANY($1) AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [names],
    );
    return rows[0]?.applied === names.length ? { ok: true } : { ok: false, reason: "migrations-pending" };
  } catch {
    // Whatever went wrong, this process cannot serve: the reason is for the operator's probe, not a log line per second.
    return { ok: false, reason: "unreachable" };
  } finally {
    await client.end().catch(() => undefined);
  }
}
