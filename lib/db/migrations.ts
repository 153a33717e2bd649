import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

// Migrations are driven through Prisma's WebAssembly schema engine over the
// pg driver adapter, so they work with nothing but npm packages. See
// docs/decisions/002-offline-migrations.md.

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
/** Each migration folder keeps the schema it was made from: the next diff starts there. */
const SNAPSHOT_FILE = "schema.prisma";
const LOCKFILE = "migration_lock.toml";
const NO_FILTER = { externalTables: [], externalEnums: [] };

/**
 * The pg adapter runs a migration script by splitting it on ";", which breaks
 * any function body ($$ ... ; ... $$). Postgres itself takes the whole script
 * in one simple query, as `prisma migrate` sends it, and runs it as one
 * implicit transaction: a failing migration leaves nothing half-applied.
 */
function wholeScriptAdapter(url: string, scriptErrors: string[], opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString: url });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connectToShadowDb() {
      const adapter = await base.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
    async connect() {
      const adapter = await base.connect();
      opened.push(adapter);
      adapter.executeScript = async (script: string) => {
        try {
          await adapter.underlyingDriver().query(script);
        } catch (error) {
          // The engine logs only "external error": keep Postgres's own words.
          scriptErrors.push(error instanceof Error ? error.message : String(error));
          throw error;
        }
      };
      return adapter;
    },
  };
}

async function withEngine<T>(
  url: string,
  run: (engine: SchemaEngine) => Promise<T>,
  scriptErrors: string[] = [],
): Promise<T> {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const opened: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(url, scriptErrors, opened));
  try {
    const engine = await SchemaEngine.new({ datamodels: undefined }, () => undefined, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    // Freeing the engine leaves the adapter's pool open, its idle connection
    // held until pg's idle timeout: a migration would leave a connection
    // behind in every process that runs one.
    await Promise.all(opened.map((connection) => connection.dispose()));
  }
}

async function listMigrationFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function readMigrationList(dir: string): Promise<MigrationList> {
  const folders = await listMigrationFolders(dir);
  const lockContent = await readFile(path.join(dir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(dir, folder, "migration.sql"), "utf8").then(
            (content) => ({ tag: "ok" as const, value: content }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Migrations recorded as started but neither finished nor rolled back, with the error each logged. */
async function failedMigrations(url: string): Promise<{ name: string; logs: string | null }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query<{ found: string | null }>(`SELECT to_regclass('_prisma_migrations') AS found`);
    if (!table.rows[0]?.found) return [];
    const { rows } = await client.query<{ name: string; logs: string | null }>(
      `SELECT migration_name AS name, logs FROM _prisma_migrations
        WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

function describeFailure(failed: { name: string; logs: string | null }[]): string {
  return failed.map(({ name, logs }) => `${name}: ${(logs ?? "no log").replace(/\s+/g, " ").slice(0, 400)}`).join("; ");
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`; returns
 * their names. The engine records a failing migration and carries on quietly,
 * so the history is checked before and after: a failed migration is an error.
 */
export async function applyMigrations(url: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const earlier = await failedMigrations(url);
  if (earlier.length > 0) {
    throw new Error(
      `a migration failed earlier (${describeFailure(earlier)}). Its changes were rolled back; fix it, delete its row from _prisma_migrations and run again.`,
    );
  }
  const migrationsList = await readMigrationList(dir);
  let applied: string[] = [];
  let engineError: unknown;
  const scriptErrors: string[] = [];
  try {
    applied = await withEngine(
      url,
      async (engine) => (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames,
      scriptErrors,
    );
  } catch (error) {
    engineError = error;
  }
  const failed = await failedMigrations(url);
  if (failed.length > 0) {
    const reason = scriptErrors.length > 0 ? scriptErrors.join("; ") : describeFailure(failed);
    throw new Error(`migration failed: ${failed.map((row) => row.name).join(", ")}: ${reason}`, { cause: engineError });
  }
  if (engineError) throw engineError instanceof Error ? engineError : new Error("migration engine failed", { cause: engineError });
  return applied;
}

/**
 * SQL taking a database from schema `from` (null: empty) to schema `to`.
 * Needs a database URL only because the engine wants a connection; the diff
 * itself compares the two schema texts.
 */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string> {
  const target = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: "schema.prisma", content }],
  });
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}

const EMPTY_DIFF = /^\s*(--\s*This is an empty migration\.)?\s*$/;

/**
 * Writes prisma/migrations/<timestamp>_<name>/ with the SQL from the last
 * migration's schema to the current one. Returns null when nothing changed.
 */
export async function createMigration(
  url: string,
  name: string,
  options: { dir?: string; schemaPath?: string; now?: Date } = {},
): Promise<string | null> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const folders = await listMigrationFolders(dir);
  const last = folders.at(-1);
  const previous = last ? await readFile(path.join(dir, last, SNAPSHOT_FILE), "utf8") : null;
  const current = await readFile(schemaPath, "utf8");
  const sql = await diffSchemas(url, previous, current);
  if (EMPTY_DIFF.test(sql)) return null;

  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const folder = path.join(dir, `${stamp}_${slug}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  await writeFile(path.join(folder, SNAPSHOT_FILE), current);
  await writeFile(
    path.join(dir, LOCKFILE),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return folder;
}
