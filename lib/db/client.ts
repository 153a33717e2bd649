import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env/server-env";
import { createAppPool } from "./create-app-pool";
import { PrismaClient } from "./generated/client";

export { Prisma } from "./generated/client";
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { simcaseDb?: PrismaClient };

/** The shared client; created on first use so importing this module needs no database. */
export function db(): PrismaClient {
  // Kept on globalThis so dev-server reloads do not open a new pool each time.
  globalForDb.simcaseDb ??= new PrismaClient({
    // Any query failing for want of a database turns the request's error page into a 503 (see report-outages.ts).
    adapter: new PrismaPg(createAppPool(serverEnv().DATABASE_URL), { disposeExternalPool: true }),
  });
  return globalForDb.simcaseDb;
}
