import "server-only";
import { asDatabaseUnavailable } from "./as-database-unavailable";
import { db } from "./client";

/** Throws DatabaseUnavailableError (and marks the request for a 503) when Postgres cannot be reached. */
export async function ensureDatabaseReachable(): Promise<void> {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    throw asDatabaseUnavailable(error);
  }
}
