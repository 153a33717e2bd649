import "server-only";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { db } from "./client";
import { DatabaseUnavailableError } from "./database-unavailable-error";
import { isDatabaseUnavailable } from "./is-database-unavailable";

/** Throws DatabaseUnavailableError (and marks the request for a 503) when Postgres cannot be reached. */
export async function ensureDatabaseReachable(): Promise<void> {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markDatabaseUnavailable();
    throw new DatabaseUnavailableError({ cause: error });
  }
}
