import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "./client";

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
 * would otherwise take traffic it cannot serve. One query per probe.
 */
export async function checkDatabaseReady(): Promise<ReadinessCheck> {
  const names = await shippedMigrations();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PROBE_TIMEOUT_MS)));
  try {
    const applied = await Promise.race([
      db().$queryRaw<{ applied: number }[]>`
        SELECT count(*)::int AS applied FROM _prisma_migrations
         WHERE migration_name = ANY(${names}) AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeout,
    ]);
    if (applied === "timeout") return { ok: false, reason: "unreachable" };
    return applied[0]?.applied === names.length ? { ok: true } : { ok: false, reason: "migrations-pending" };
  } catch {
    // Whatever went wrong, this process cannot serve: the reason is for the operator's probe, not a log line per second.
    return { ok: false, reason: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
