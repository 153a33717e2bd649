import PgBoss from "pg-boss";
import { POOL_RESILIENCE } from "@/lib/db/pool-options";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("jobs");

export const JOB_SCHEMA = "pgboss";

/**
 * A "client" only sends jobs: no maintenance, no schedule, no schema changes,
 * so the web process runs no timers. The worker supervises the queues.
 */
export function createBoss(connectionString: string, role: "client" | "worker" | "installer"): PgBoss {
  const boss = new PgBoss({
    // pg-boss hands its options to pg.Pool; its types just do not list these.
    ...POOL_RESILIENCE,
    connectionString,
    schema: JOB_SCHEMA,
    application_name: `simcase-${role}`,
    max: role === "worker" ? 4 : 2,
    migrate: role !== "client",
    supervise: role === "worker",
    schedule: role === "worker",
  });
  // pg-boss reports pool errors (e.g. a Postgres restart) as events; without a
  // listener they would crash the process instead of being retried.
  boss.on("error", (error) => log.warn(error.message));
  return boss;
}
