import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { setPriority } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeEach } from "vitest";
import { workerResources } from "../support/test-env";

// Decoder threads lower themselves to nice 10 to yield to the web server
// (decoder-worker.mjs). Six test files at once keep both cores busy, and a
// decoder yielding to all of them got too little CPU by its deadline: "busy",
// and a fixture's receipt was refused. This file's thread (and the processes
// it starts) takes the same priority, so decoders get a fair share of the CPU
// again; Postgres keeps its own. Linux sets niceness per thread.
try {
  setPriority(10);
} catch {
  // Not Linux, or already lower: nothing to even out.
}

// The app's modules read these when first used; set before any test imports them.
const mine = workerResources();
process.env.DATABASE_URL = mine.databaseUrl;
process.env.SMTP_URL = mine.smtpUrl;
process.env.MAIL_CATCHER_DIR = mine.mailDir;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.APP_URL = "http://localhost:3000";

const client = new pg.Client({ connectionString: mine.databaseUrl });
await client.connect();

// Every table but the migration history, found rather than listed so new models are wiped too.
const { rows } = await client.query<{ name: string }>(`
  SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
  WHERE (schemaname = 'public' AND tablename <> '_prisma_migrations')
     OR (schemaname = 'pgboss' AND tablename IN ('job', 'archive'))`);
const truncate = rows.length ? `TRUNCATE ${rows.map((row) => row.name).join(", ")} CASCADE` : null;

beforeEach(async () => {
  if (truncate) await client.query(truncate);
  const dir = mine.mailDir;
  const files = await readdir(dir).catch(() => []);
  await Promise.all(files.map((file) => rm(path.join(dir, file), { force: true })));
});

afterAll(async () => {
  await client.end();
});
