// A web server told to stop (SIGTERM, as a deploy or `npm run cluster`'s
// Ctrl-C does) takes no new connections but finishes the requests it has:
// nobody in the middle of saving sees an error because a server was replaced.
import { once } from "node:events";
import pg from "pg";
import { expect, test } from "./support/fixtures";
import { startIsolatedApp, waitUntilBlocked } from "./support/isolated-app";

test("on SIGTERM the web server finishes a request in flight, refuses new ones, and exits", async () => {
  test.setTimeout(180_000);
  const app = await startIsolatedApp("shutdown");
  let locker: pg.Client | undefined;
  try {
    const { origin, cookie } = app;
    const get = (page: string) => fetch(`${origin}${page}`, { headers: { cookie, connection: "close" }, redirect: "manual" });
    expect((await get("/cases")).status).toBe(200);

    // A request held in the middle of its work: the case list waits on a lock.
    locker = new pg.Client({ connectionString: app.databaseUrl });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
    const inFlight = get("/cases");
    await waitUntilBlocked(locker, "Case", inFlight);

    const exited = once(app.web, "exit");
    app.web.kill("SIGTERM");
    // The listener closes at once: a new request finds nobody (a proxy sends it to another server).
    await expect.poll(() => get("/sign-in").then(() => "answered", () => "refused"), { timeout: 10_000 }).toBe("refused");
    expect(app.web.exitCode).toBeNull();

    await locker.query("COMMIT");
    await locker.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("</html>");
    await exited;
    expect(app.web.exitCode).toBe(0);
  } finally {
    // Closed before Postgres stops: otherwise its "terminating connection" error would hide why the test failed.
    await locker?.end().catch(() => undefined);
    await app.stop();
  }
});
