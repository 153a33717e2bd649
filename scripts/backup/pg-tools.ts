import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type pg from "pg";

const run = promisify(execFile);

export type PgTool = { path: string; major: number };

/**
 * pg_dump or pg_restore: the PG_DUMP / PG_RESTORE variable when set, else the
 * one on PATH; with its major version, read from `--version`.
 */
export async function findPgTool(name: "pg_dump" | "pg_restore"): Promise<PgTool> {
  const variable = name === "pg_dump" ? "PG_DUMP" : "PG_RESTORE";
  const path = process.env[variable] || name;
  let stdout: string;
  try {
    ({ stdout } = await run(path, ["--version"]));
  } catch {
    throw new Error(`${name} not found (${path}): install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or set ${variable} to its path`);
  }
  // "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
  const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
  if (!match) throw new Error(`cannot read ${name}'s version from "${stdout.trim()}"`);
  return { path, major: Number(match[1]) };
}

export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
}

/** pg_dump refuses a server newer than itself; say so before it starts, with the fix. */
export function assertDumpable(tool: PgTool, server: number): void {
  if (tool.major < server) {
    throw new Error(
      `pg_dump ${tool.major} cannot dump a PostgreSQL ${server} server: install pg_dump ${server} or newer ` +
        `(Debian: postgresql-client-${server}, from the PostgreSQL apt repository) and put it on PATH or in PG_DUMP`,
    );
  }
}

/** pg_restore reads archives from its own version and older ones only. */
export function assertRestorable(tool: PgTool, dumpedWith: number): void {
  if (tool.major < dumpedWith) {
    throw new Error(
      `pg_restore ${tool.major} cannot read an archive made by pg_dump ${dumpedWith}: install postgresql-client-${dumpedWith} or newer and put it on PATH or in PG_RESTORE`,
    );
  }
}

/** Runs a client tool, its errors (stderr) in the thrown message. */
export async function runPgTool(tool: PgTool, args: string[]): Promise<void> {
  try {
    await run(tool.path, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${tool.path} failed: ${stderr || (error as Error).message}`);
  }
}

/**
 * libpq reads the connection string itself: Prisma-only query parameters
 * (schema, connection_limit, ...) would make it refuse the URL.
 */
export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const name of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout", "statement_cache_size"]) {
    parsed.searchParams.delete(name);
  }
  return parsed.toString();
}
