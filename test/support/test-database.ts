import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type TestDatabase = {
  url: string;
  /** A database on the same server to connect to for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Drops the copies too, and stops the embedded server if one was started. */
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs the same migration script as deployments, in a child process (the schema engine is WebAssembly). */
export async function migrate(url: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      "--experimental-wasm-modules",
      "--disable-warning=ExperimentalWarning",
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/db/apply-migrations.ts",
    ],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`migrations failed (${code}): ${stderr}`);
}

/**
 * A new, migrated database named `<prefix>_<random>`: on DATABASE_URL's server
 * when it is set (the database in the URL is only used to connect), otherwise
 * on an embedded Postgres in a temporary folder that is deleted afterwards.
 */
export async function startTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const existing = process.env.DATABASE_URL;
  if (existing) {
    const admin = new pg.Client({ connectionString: existing });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(existing);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      adminUrl: existing,
      async stop() {
        const client = new pg.Client({ connectionString: existing });
        await client.connect();
        const { rows } = await client.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_w')`,
          [name],
        );
        for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
        await client.end();
      },
    };
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-pg-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), persistent: false });
  await server.createDatabase(name);
  const url = server.urlFor(name);
  await migrate(url);
  return {
    url,
    adminUrl: server.urlFor("postgres"),
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of a migrated test database (`<name>_w<id>`) on the same server,
 * made with CREATE DATABASE ... TEMPLATE; dropped with the original's stop().
 */
export async function copyTestDatabase(original: TestDatabase, id: number): Promise<string> {
  const source = new URL(original.url);
  const from = source.pathname.slice(1);
  const name = `${from}_w${id}`;
  const admin = new pg.Client({ connectionString: original.adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${from}"`);
  } finally {
    await admin.end();
  }
  return Object.assign(new URL(source), { pathname: `/${name}` }).toString();
}
