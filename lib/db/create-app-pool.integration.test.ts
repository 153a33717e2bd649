import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { startFreezableProxy } from "@/test/support/freezable-proxy";
import { testDatabaseUrl } from "@/test/support/test-env";
import { createAppPool } from "./create-app-pool";
import { PrismaClient } from "./generated/client";
import { isDatabaseUnavailable } from "./is-database-unavailable";
import { POOL_RESILIENCE } from "./pool-options";

// The web server's per-request state, as lib/http/request-state.ts reads it.
const KEY = Symbol.for("simcase.request-state");
const requestState = new AsyncLocalStorage<{ databaseUnavailable: boolean }>();
(globalThis as { [KEY]?: unknown })[KEY] = requestState;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The app's client through a proxy that can freeze, with a short read timeout so the test does not wait 17 s. */
async function appClientBehindProxy(max = 2) {
  const proxy = await startFreezableProxy(testDatabaseUrl());
  const pool = createAppPool(proxy.url, { query_timeout: 400, max });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  cleanups.push(async () => {
    proxy.thaw();
    await prisma.$disconnect();
    await proxy.stop();
  });
  return { proxy, pool, prisma };
}

async function served<T>(work: () => Promise<T>) {
  const state = { databaseUnavailable: false };
  const outcome = await requestState.run(state, () => work().then((value) => ({ value }), (error: unknown) => ({ error })));
  return { ...outcome, marked: state.databaseUnavailable };
}

describe("the app's pool when the database stops answering", () => {
  it("gives the app's queries a read timeout above the server's own statement limit", () => {
    expect(POOL_RESILIENCE.query_timeout).toBeGreaterThan(15_000);
  });

  it("fails a query on a frozen server as 'unavailable' instead of hanging, and the request gets its 503", async () => {
    const { proxy, prisma } = await appClientBehindProxy();
    expect(await prisma.user.count()).toBeGreaterThanOrEqual(0);
    proxy.freeze();
    const outcome = await served(() => prisma.user.count());
    expect("error" in outcome && isDatabaseUnavailable(outcome.error)).toBe(true);
    expect(outcome.marked).toBe(true);
    proxy.thaw();
    // Once the server answers again, so does the app.
    expect(await prisma.user.count()).toBeGreaterThanOrEqual(0);
  });

  it("never hands a connection cut off inside a transaction to the next request", async () => {
    const { proxy, prisma } = await appClientBehindProxy(1);
    const outcome = await served(() =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL application_name = 'abandoned-transaction'`;
        proxy.freeze();
        return tx.user.count();
      }),
    );
    expect("error" in outcome && isDatabaseUnavailable(outcome.error)).toBe(true);
    proxy.thaw();
    // With one connection in the pool, this query would run on the cut-off one, inside its transaction, were it kept.
    const [row] = await prisma.$queryRaw<{ fresh: boolean; name: string }[]>`
      SELECT now() = statement_timestamp() AS fresh, current_setting('application_name') AS name`;
    expect(row?.fresh).toBe(true);
    expect(row?.name).not.toBe("abandoned-transaction");
  });
});
