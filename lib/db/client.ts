import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env/server-env";
import { POOL_RESILIENCE } from "./pool-options";
import { PrismaClient } from "./generated/client";

export { Prisma } from "./generated/client";
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { simcaseDb?: PrismaClient };

/** The shared client; created on first use so importing this module needs no database. */
export function db(): PrismaClient {
  // Kept on globalThis so dev-server reloads do not open a new pool each time.
  globalForDb.simcaseDb ??= new PrismaClient({
    adapter: new PrismaPg({ ...POOL_RESILIENCE, connectionString: serverEnv().DATABASE_URL }),
  });
  return globalForDb.simcaseDb;
}
