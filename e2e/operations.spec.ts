import { expect, test } from "./support/fixtures";

test("the liveness and readiness probes answer without a session and are never cached", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["cache-control"]).toContain("no-store");

  // A server's first probe also opens its database pool: on a busy machine that may take a moment.
  await expect
    .poll(async () => {
      const ready = await request.get("/readyz");
      return { status: ready.status(), body: (await ready.json()) as unknown };
    }, { timeout: 30_000 })
    .toEqual({ status: 200, body: { status: "ready", checks: { database: { ok: true } } } });
});
