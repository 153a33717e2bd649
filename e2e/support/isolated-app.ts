// A web server of its own on a database of its own, with one signed-in user:
// for tests that stop the database or the server under it (the shared server
// must stay up for the other tests).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { freePort, migrate } from "@/test/support/test-database";

type Database = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

export type IsolatedApp = {
  origin: string;
  databaseUrl: string;
  /** The signed-in user's session cookie. */
  cookie: string;
  web: ChildProcess;
  /** Everything the web process wrote to stdout and stderr so far. */
  output(): string;
  database: Database;
  /** Starts the stopped database again, on the same files and port. */
  restartDatabase(): Promise<void>;
  stop(): Promise<void>;
};

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await sleep(500);
  }
  throw new Error(`${url} did not come up`);
}

/** `env` is added to the web server's environment (a bucket's `S3_*`, say). */
export async function startIsolatedApp(label: string, env: Record<string, string> = {}): Promise<IsolatedApp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `simcase-${label}-`));
  const options = { dataDir: path.join(dir, "data"), port: await freePort(), persistent: true };
  const app = { database: await startEmbeddedPostgres(options) } as IsolatedApp;
  await app.database.createDatabase("simcase");
  app.databaseUrl = app.database.urlFor("simcase");
  await migrate(app.databaseUrl);

  const sessionToken = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  const userId = randomUUID();
  const passwordHash = await hash(`${label} password`, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await client.query(`INSERT INTO "User" (id, email, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
    userId,
    `${label}-${randomBytes(4).toString("hex")}@example.com`,
    passwordHash,
  ]);
  await client.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [
    sessionToken,
    userId,
  ]);
  await client.end();
  app.cookie = `authjs.session-token=${sessionToken}`;

  const port = await freePort();
  app.origin = `http://localhost:${port}`;
  app.web = spawn(process.execPath, ["scripts/web-server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: app.databaseUrl,
      SMTP_URL: "smtp://127.0.0.1:9",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: app.origin,
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [app.web.stdout!, app.web.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.output = () => output;
  app.restartDatabase = async () => {
    app.database = await startEmbeddedPostgres(options);
  };
  app.stop = async () => {
    app.web.kill("SIGTERM");
    await app.database.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${app.origin}/sign-in`);
  } catch (error) {
    await app.stop();
    throw error;
  }
  return app;
}

/**
 * Resolves, with their process ids, once statements on `table` wait for a lock
 * held by `locker`. The app gives up on a lock after 3 s (APP_SESSION_LIMITS),
 * so the wait is looked for every 25 ms; a request that answers before it is
 * seen waiting fails here with what it answered, not as a poll that timed out.
 */
export async function waitUntilBlocked(locker: pg.Client, table: "Case", request: Promise<Response>): Promise<number[]> {
  let answered: string | undefined;
  void request.then(
    (response) => (answered = `answered ${response.status} before it was seen waiting on "${table}"`),
    (error: unknown) => (answered = `failed before it was seen waiting on "${table}": ${String(error)}`),
  );
  for (const started = Date.now(); Date.now() - started < 15_000; await sleep(25)) {
    // Inside the locker's transaction Postgres shows the activity it read at the
    // first look, every time after: a first look before the request waited
    // would never see it wait. Each look reads it afresh.
    await locker.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await locker.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"${table}"%'`,
    );
    if (rows.length > 0) return rows.map((row) => row.pid);
    if (answered) throw new Error(`The request ${answered}`);
  }
  throw new Error(`No statement waited on "${table}" within 15 s`);
}
