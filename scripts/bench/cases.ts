// `npm run bench:cases`: seeds 255,000 cases (5,000 for one heavy user, 50,000
// for a very heavy one, each case with its checklist, 5 steps and a timeline
// entry) in a fresh database, then times the "My cases" list as the page calls
// it for both, and counts the SQL queries each request makes. Search should
// cost the same for both. Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { startTestDatabase } from "@/test/support/test-database";
import { seedCases } from "./seed-cases";

const HEAVY_CASES = 5_000;
const VERY_HEAVY_CASES = 50_000;
const TOTAL_CASES = 255_000;
const OTHER_USERS = 199;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

const database = await startTestDatabase("simcase_bench");
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.SMTP_URL ??= "smtp://127.0.0.1:1";

let queries = 0;
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: database.url }),
  log: [{ emit: "event", level: "query" }],
});
client.$on("query", () => {
  queries += 1;
});
// The app's db() picks this client up, so the list runs exactly as in the app.
(globalThis as { simcaseDb?: PrismaClient }).simcaseDb = client;

try {
  const seedStart = performance.now();
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const counts = await seedCases(sql, { heavy: HEAVY_CASES, veryHeavy: VERY_HEAVY_CASES, total: TOTAL_CASES, otherUsers: OTHER_USERS });
  await sql.end();
  console.log(
    `seeded ${counts.cases} cases (${HEAVY_CASES} and ${VERY_HEAVY_CASES} for the two heavy users), ${counts.steps} steps in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const { listCases } = await import("@/lib/cases/list-cases");
  const { listCasesQuerySchema } = await import("@/lib/cases/list-schemas");

  const scenarios: [string, Record<string, string>][] = [
    ["list, page 1, by last update", {}],
    ["list, page 100, by last update", { page: "100" }],
    ["list, by next due date", { sort: "due" }],
    ["filter: waiting for the operator", { status: "WAITING_FOR_OPERATOR" }],
    ["filter: operator CooTel, by due date", { operator: "COOTEL", sort: "due" }],
    ["search nickname 'SIM 4321'", { q: "SIM 4321" }],
    ["search notes 'call back'", { q: "call back" }],
    ["search number '012 004'", { q: "012 004" }],
    ["search with no match", { q: "no such thing" }],
  ];

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  console.log(`\n${RUNS} runs each, after 5 warm-up runs; time is the domain call the page makes (listCases)`);
  console.log("scenario".padEnd(40), "cases".padStart(7), "p50 ms".padStart(8), "p95 ms".padStart(8), "queries".padStart(8), "rows".padStart(6));
  for (const [name, raw] of scenarios) for (const [owner, owned] of [["bench-user-0", HEAVY_CASES], ["bench-user-big", VERY_HEAVY_CASES]] as const) {
    const query = listCasesQuerySchema.parse(raw);
    for (let i = 0; i < 5; i += 1) await listCases(owner, query);
    const times: number[] = [];
    let perRequest = 0;
    let rows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      queries = 0;
      const start = performance.now();
      const result = await listCases(owner, query);
      times.push(performance.now() - start);
      perRequest = Math.max(perRequest, queries);
      rows = result.items.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      name.padEnd(40),
      String(owned).padStart(7),
      percentile(times, 50).toFixed(1).padStart(8),
      percentile(times, 95).toFixed(1).padStart(8),
      String(perRequest).padStart(8),
      String(rows).padStart(6),
    );
  }
} finally {
  await client.$disconnect();
  await database.stop();
}
