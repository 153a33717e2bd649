import pg from "pg";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { discardStalledClients } from "./discard-stalled-clients";
import { APP_SESSION_LIMITS, POOL_RESILIENCE } from "./pool-options";
import { reportOutages } from "./report-outages";

/** The app's pool (web and worker): its limits, its stalled connections dropped, its outages reported to the request. */
export function createAppPool(connectionString: string, overrides: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ ...POOL_RESILIENCE, ...APP_SESSION_LIMITS, connectionString, ...overrides });
  return reportOutages(discardStalledClients(pool), markDatabaseUnavailable);
}
