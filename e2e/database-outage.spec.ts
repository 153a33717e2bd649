// A Postgres stopped under the running web server: signed-in pages answer 503
// with Retry-After and a translated page, never a redirect to sign-in, and the
// session works again once the database is back; so does a page whose own
// query, after the session was read, is cut off by the outage. This test runs its own
// database and web server (the shared one must stay up for the other tests).
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
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { builtActions } from "./support/server-actions";

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await sleep(500);
  }
  throw new Error(`${url} did not come up`);
}

test("a database outage gives signed-in pages a 503 to retry, not a sign-out", async () => {
  test.setTimeout(240_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-outage-"));
  const options = { dataDir: path.join(dir, "data"), port: await freePort(), persistent: true };
  let database = await startEmbeddedPostgres(options);
  let web: ChildProcess | undefined;
  try {
    await database.createDatabase("simcase");
    const url = database.urlFor("simcase");
    await migrate(url);
    const sessionToken = randomBytes(32).toString("base64url");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const userId = randomUUID();
    const passwordHash = await hash("outage password", { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await client.query(`INSERT INTO "User" (id, email, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      userId,
      `outage-${randomBytes(4).toString("hex")}@example.com`,
      passwordHash,
    ]);
    await client.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [
      sessionToken,
      userId,
    ]);
    await client.end();

    const port = await freePort();
    const origin = `http://localhost:${port}`;
    web = spawn(process.execPath, ["scripts/web-server.mjs"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        SMTP_URL: "smtp://127.0.0.1:9",
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        APP_URL: origin,
        PORT: String(port),
      },
      stdio: "ignore",
    });
    await waitForServer(`${origin}/sign-in`);
    const cookie = `authjs.session-token=${sessionToken}`;
    const get = (page: string) => fetch(`${origin}${page}`, { headers: { cookie }, redirect: "manual" });
    expect((await get("/cases")).status).toBe(200);

    // The outage strikes after the session was read, on the page's own query:
    // the case list waits on a lock while the database shuts down under it.
    const locker = new pg.Client({ connectionString: url });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
    const cutOff = get("/cases");
    await expect
      .poll(async () => {
        const { rows } = await locker.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"Case"%'`,
        );
        return rows[0]!.n;
      })
      .toBeGreaterThan(0);
    await database.stop();
    const cutOffResponse = await cutOff;
    expect(cutOffResponse.status).toBe(503);
    expect(cutOffResponse.headers.get("retry-after")).toBe("30");
    expect(cutOffResponse.headers.get("set-cookie")).toBeNull();
    expect(await cutOffResponse.text()).toContain(en.serverPages.unavailableTitle);
    await locker.end().catch(() => undefined);

    for (const page of ["/cases", "/", "/account"]) {
      const response = await get(page);
      expect(response.status, page).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await response.text()).toContain(en.serverPages.unavailableTitle);
    }
    // A server action too: the browser's call to open a case.
    const createCase = builtActions().find((action) => action.name === "createCaseAction")!;
    const action = await fetch(`${origin}/cases/new`, {
      method: "POST",
      headers: { cookie, origin, "next-action": createCase.id, "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify([{}, "$K1"]),
      redirect: "manual",
    });
    expect(action.status).toBe(503);
    expect(action.headers.get("retry-after")).toBe("30");
    expect(action.headers.get("set-cookie")).toBeNull();

    database = await startEmbeddedPostgres(options);
    // The pool reconnects on its own; the same cookie still signs in.
    await expect.poll(async () => (await get("/cases")).status, { timeout: 30_000 }).toBe(200);
  } finally {
    web?.kill("SIGTERM");
    await database.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});
