import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/test/support/test-database";
import { testDatabaseUrl } from "@/test/support/test-env";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { db } from "./client";
import { PrismaClient } from "./generated/client";
import { reportOutages } from "./report-outages";

// The web server's per-request state (scripts/web-server.mjs), as lib/http/request-state.ts reads it.
const KEY = Symbol.for("simcase.request-state");
const requestState = new AsyncLocalStorage<{ databaseUnavailable: boolean }>();
const global = globalThis as { [KEY]?: unknown };

/** Runs `work` as one request would, and says whether the request was marked for a 503. */
async function servedRequest(work: () => Promise<unknown>): Promise<{ marked: boolean; error: unknown }> {
  const state = { databaseUnavailable: false };
  const error = await requestState.run(state, () => work().then(() => undefined, (caught: unknown) => caught));
  return { marked: state.databaseUnavailable, error };
}

/** Terminates, as an administrator's shutdown would (57P01), the first backend found running `marker`. */
async function terminateBackendRunning(marker: string) {
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`,
        [`%${marker}%`],
      );
      if (rows[0]) return void (await admin.query(`SELECT pg_terminate_backend($1)`, [rows[0].pid]));
      await sleep(25);
    }
    throw new Error(`no backend ran ${marker}`);
  } finally {
    await admin.end();
  }
}

describe("an outage on any query marks the request for a 503", () => {
  beforeAll(() => {
    global[KEY] = requestState;
  });
  afterAll(() => {
    delete global[KEY];
  });

  it("marks a page whose query is cut off by the server shutting down its connection", async () => {
    const served = servedRequest(() => db().$queryRaw`SELECT pg_sleep(10), 'outage-query-marker'`);
    await terminateBackendRunning("outage-query-marker");
    const { marked, error } = await served;
    expect(error).toBeTruthy();
    expect(marked).toBe(true);
  });

  it("marks a query cut off inside a transaction", async () => {
    const served = servedRequest(() =>
      db().$transaction(async (tx) => {
        await tx.user.count();
        await tx.$queryRaw`SELECT pg_sleep(10), 'outage-transaction-marker'`;
      }),
    );
    await terminateBackendRunning("outage-transaction-marker");
    expect((await served).marked).toBe(true);
  });

  it("marks a request when no connection can be made at all", async () => {
    const port = await freePort();
    const unreachable = new PrismaClient({
      adapter: new PrismaPg(reportOutages(new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${port}/none` }), markDatabaseUnavailable), {
        disposeExternalPool: true,
      }),
    });
    try {
      const { marked, error } = await servedRequest(() => unreachable.user.count());
      expect(error).toBeTruthy();
      expect(marked).toBe(true);
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("marks a page whose query waited past the lock timeout behind a locked table, rather than holding its connection", async () => {
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE "CaseStep" IN ACCESS EXCLUSIVE MODE`);
    try {
      const { marked, error } = await servedRequest(() => db().caseStep.count());
      expect(error).toBeTruthy();
      expect(marked).toBe(true);
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
  });

  it("leaves a request alone when a query fails for its own reasons, and answers as before once the database is back", async () => {
    const failed = await servedRequest(() => db().$queryRaw`SELECT * FROM no_such_table`);
    expect(failed.error).toBeTruthy();
    expect(failed.marked).toBe(false);
    expect(await servedRequest(() => db().user.count())).toEqual({ marked: false, error: undefined });
  });

  it("does nothing outside a request (the worker, scripts)", async () => {
    const outside = db().$queryRaw`SELECT pg_sleep(10), 'outage-outside-marker'`.then(() => null, (error: unknown) => error);
    await terminateBackendRunning("outage-outside-marker");
    expect(await outside).toBeTruthy();
  });
});

