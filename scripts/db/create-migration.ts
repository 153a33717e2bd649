// `npm run db:migrate:create -- <name>`: writes a migration folder with the SQL
// from the last migration's schema to prisma/schema.prisma. The schema engine
// wants a connection even for a text diff, so a throwaway embedded Postgres
// stands in when DATABASE_URL is unset.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { createMigration } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("usage: npm run db:migrate:create -- <name>");
  process.exit(1);
}

let url = process.env.DATABASE_URL;
let cleanup = async () => {};
if (!url) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-migrate-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: 54300 + Math.floor(Math.random() * 90), persistent: false });
  url = server.urlFor("postgres");
  cleanup = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
try {
  const folder = await createMigration(url, name);
  console.log(folder ? `created ${path.relative(process.cwd(), folder)}` : "schema unchanged: no migration created");
} finally {
  await cleanup();
}
