// A Postgres stopped under the running web server: signed-in pages answer 503
// with Retry-After and a translated page, never a redirect to sign-in, and the
// session works again once the database is back; so does a page whose own
// query, after the session was read, is cut off by the outage. This test runs its own
// database and web server (the shared one must stay up for the other tests).
// A frozen database (SIGSTOP) must not hang pages either: they answer 503
// once the pool gives up on it.
import pg from "pg";
import { expect, test } from "./support/fixtures";
import { startIsolatedApp, waitUntilBlocked } from "./support/isolated-app";
import { en } from "./support/messages";
import { builtActions } from "./support/server-actions";
import { freezePostgres, thawPostgres } from "@/test/support/freeze-postgres";

test("a database outage gives signed-in pages a 503 to retry, not a sign-out", async () => {
  test.setTimeout(240_000);
  const app = await startIsolatedApp("outage");
  try {
    const { origin, cookie } = app;
    const get = (page: string) => fetch(`${origin}${page}`, { headers: { cookie }, redirect: "manual" });
    expect((await get("/cases")).status).toBe(200);

    // The outage strikes after the session was read, on the page's own query:
    // the case list waits on a lock while the database shuts down under it.
    const locker = new pg.Client({ connectionString: app.databaseUrl });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
    const cutOff = get("/cases");
    const blocked = await waitUntilBlocked(locker, "Case", cutOff);
    // Its connection is cut first, then the server stops: stopping alone may end the
    // locker's transaction first and let the waiting query finish.
    for (const pid of blocked) await locker.query("SELECT pg_terminate_backend($1)", [pid]);
    await app.database.stop();
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

    await app.restartDatabase();
    // The pool reconnects on its own; the same cookie still signs in.
    await expect.poll(async () => (await get("/cases")).status, { timeout: 30_000 }).toBe(200);
  } finally {
    await app.stop();
  }
});

test("a database that stops answering gives a 503 after the pool's limits, not a page that hangs, and pages work when it wakes", async () => {
  test.setTimeout(240_000);
  const app = await startIsolatedApp("frozen");
  const frozen: number[] = [];
  try {
    const { origin, cookie } = app;
    const get = (page: string) => fetch(`${origin}${page}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    expect((await get("/cases")).status).toBe(200);
    await freezePostgres(app.databaseUrl, frozen);
    // One request finds the pool's open connection silent, the next waits for a new one that never completes its handshake.
    const [onOpenConnection, onNewConnection] = await Promise.all([get("/cases"), get("/")]);
    for (const response of [onOpenConnection, onNewConnection]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(await response.text()).toContain(en.serverPages.unavailableTitle);
    }
    thawPostgres(frozen);
    await expect.poll(async () => (await get("/cases")).status, { timeout: 30_000 }).toBe(200);
  } finally {
    thawPostgres(frozen);
    await app.stop();
  }
});
