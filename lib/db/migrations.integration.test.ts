import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffSchemas, MIGRATIONS_DIR, SCHEMA_PATH } from "./migrations";
import { testDatabaseUrl } from "@/test/support/test-env";

/** Everything about the public schema that a migration can get wrong, as comparable text. */
async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const queries = [
      `SELECT format('column %s.%s %s %s default %s', table_name, column_name, udt_name, is_nullable, column_default)
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT format('index %s', indexdef) FROM pg_indexes
         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT format('constraint %s.%s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid))
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
         WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'`,
      `SELECT format('enum %s %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace ns ON ns.oid = t.typnamespace
         WHERE ns.nspname = 'public' GROUP BY t.typname`,
    ];
    const lines: string[] = [];
    for (const query of queries) {
      const { rows } = await client.query<{ format: string }>(query);
      lines.push(...rows.map((row) => row.format));
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}

async function latestSnapshot(): Promise<string> {
  const { readdir } = await import("node:fs/promises");
  const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return readFile(path.join(MIGRATIONS_DIR, folders.at(-1)!, "schema.prisma"), "utf8");
}

describe("migrations", () => {
  const migratedUrl = testDatabaseUrl();

  it("cover every change in schema.prisma (run `npm run db:migrate:create -- <name>` if this fails)", async () => {
    const pending = await diffSchemas(migratedUrl, await latestSnapshot(), await readFile(SCHEMA_PATH, "utf8"));
    expect(pending.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("produce exactly the database that schema.prisma describes", async () => {
    const expectedSql = await diffSchemas(migratedUrl, null, await readFile(SCHEMA_PATH, "utf8"));

    const name = `drift_${Date.now()}`;
    const admin = new pg.Client({ connectionString: migratedUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const fromSchemaUrl = Object.assign(new URL(migratedUrl), { pathname: `/${name}` }).toString();
    try {
      const fresh = new pg.Client({ connectionString: fromSchemaUrl });
      await fresh.connect();
      await fresh.query(expectedSql);
      await fresh.end();

      const [migrated, fromSchema] = await Promise.all([describeSchema(migratedUrl), describeSchema(fromSchemaUrl)]);
      expect(migrated.length).toBeGreaterThan(10);
      expect(migrated).toEqual(fromSchema);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});

async function withScratchDatabase(run: (url: string) => Promise<void>) {
  const name = `scratch_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    await run(Object.assign(new URL(testDatabaseUrl()), { pathname: `/${name}` }).toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function writeMigration(dir: string, name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [table]);
  await client.end();
  return rows[0]?.found != null;
}

describe("applying migrations", () => {
  it("runs each script whole (function bodies included) and all-or-nothing, and stops at a failure", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-migrations-"));
    try {
      await withScratchDatabase(async (url) => {
        await writeMigration(
          dir,
          "001_function",
          `CREATE TABLE "a" (id int);
CREATE FUNCTION "two"() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 + 1; END; $$;`,
        );
        expect(await applyMigrations(url, dir)).toEqual(["001_function"]);

        await writeMigration(dir, "002_broken", `CREATE TABLE "b" (id int);\nSELECT no_such_function();`);
        await expect(applyMigrations(url, dir)).rejects.toThrow(/migration failed: 002_broken: function no_such_function\(\) does not exist/);
        expect(await tableExists(url, "b")).toBe(false);
        expect(await tableExists(url, "a")).toBe(true);

        await expect(applyMigrations(url, dir)).rejects.toThrow(/failed earlier \(002_broken/);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
