import "server-only";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { DatabaseUnavailableError } from "./database-unavailable-error";
import { isDatabaseUnavailable } from "./is-database-unavailable";

/**
 * A failed query's error as a page should meet it: when Postgres could not be
 * reached, a DatabaseUnavailableError (the request marked for a 503 "try
 * again"); any other error as it was.
 */
export function asDatabaseUnavailable(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  markDatabaseUnavailable();
  return new DatabaseUnavailableError({ cause: error });
}
