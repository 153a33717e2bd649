import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "./client";
import { checkDatabaseReady } from "./check-database-ready";
import { PrismaClient } from "./generated/client";

const shared = globalThis as unknown as { simcaseDb?: PrismaClient };

describe("checkDatabaseReady", () => {
  const appClient = db();
  afterEach(() => {
    shared.simcaseDb = appClient;
  });

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
    shared.simcaseDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://nobody@127.0.0.1:${port}/none` }) });
    try {
      expect(await checkDatabaseReady()).toEqual({ ok: false, reason: "unreachable" });
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await shared.simcaseDb.$disconnect().catch(() => undefined);
    }
  });
});
