import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";

const slot = globalThis as unknown as { simcaseDb?: PrismaClient };

/**
 * Runs `work` with the app's database client swapped for one that records
 * every SQL statement it sends, for query-budget tests.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
    log: [{ level: "query", emit: "event" }],
  });
  counting.$on("query", (event) => statements.push(event.query));
  await counting.$connect();
  const previous = slot.simcaseDb;
  slot.simcaseDb = counting;
  try {
    return { result: await work(), statements };
  } finally {
    slot.simcaseDb = previous;
    await counting.$disconnect();
  }
}
