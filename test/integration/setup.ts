import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeEach } from "vitest";
import { workerResources } from "../support/test-env";

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
