import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/test/support/test-env";
import { db } from "./client";
import { checkDatabaseReady } from "./check-database-ready";

describe("checkDatabaseReady", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkDatabaseReady()).toEqual({ ok: true });
  });

  it("is not ready while a shipped migration has not finished", async () => {
    const [latest] = await db().$queryRaw<{ id: string; finished_at: Date }[]>`
      SELECT id, finished_at FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE id = ${latest!.id}`;
    try {
      expect(await checkDatabaseReady()).toEqual({ ok: false, reason: "migrations-pending" });
    } finally {
      await db().$executeRaw`UPDATE _prisma_migrations SET finished_at = ${latest!.finished_at} WHERE id = ${latest!.id}`;
    }
    expect(await checkDatabaseReady()).toEqual({ ok: true });
  });

  it("is not ready, without waiting on it, when the database server does not answer", async () => {
    // A server that accepts connections and never speaks: the probe must not hang with it.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      expect(await checkDatabaseReady(`postgresql://nobody@127.0.0.1:${port}/none`)).toEqual({ ok: false, reason: "unreachable" });
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("stays ready while every connection of the app's pool is stuck behind a locked table", async () => {
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE "CaseStep" IN ACCESS EXCLUSIVE MODE`);
    // More queries than the pool has connections, each waiting on the lock until its lock timeout.
    const stuck = Array.from({ length: 12 }, () => db().caseStep.count().then(() => "answered", (error: unknown) => error));
    try {
      expect(await checkDatabaseReady()).toEqual({ ok: true });
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    // The stuck queries gave up at the lock timeout as a "try again", or got through once the lock went.
    for (const outcome of await Promise.all(stuck)) {
      if (outcome !== "answered") expect(outcome).toMatchObject({ meta: { driverAdapterError: { cause: { code: "55P03" } } } });
    }
  });
});
