import { describe, expect, it } from "vitest";
import { digestReceipts, type ReceiptRow } from "./inventory";
import { objectFile } from "./manifest";
import { assertDumpable, assertRestorable, libpqUrl } from "./pg-tools";

const row = (id: string, storageKey: string | null, kind = "IMAGE"): ReceiptRow => ({
  id,
  storageKey,
  kind,
  original: storageKey ? null : `sha-${id}`,
  thumbnail: storageKey ? null : `thumb-${id}`,
});

describe("digestReceipts", () => {
  it("takes Postgres digests from the row and bucket digests from the objects", async () => {
    const objects = new Map([
      ["receipts/k1/original", "o1"],
      ["receipts/k1/thumbnail", "t1"],
      ["receipts/k2/original", "o2"],
    ]);
    const { digests, missing } = await digestReceipts([row("a", null), row("b", "receipts/k1"), row("c", "receipts/k2", "PDF")], (key) =>
      Promise.resolve(objects.get(key) ?? null),
    );
    expect(missing).toEqual([]);
    expect(digests).toEqual({
      a: { storageKey: null, original: "sha-a", thumbnail: "thumb-a" },
      b: { storageKey: "receipts/k1", original: "o1", thumbnail: "t1" },
      c: { storageKey: "receipts/k2", original: "o2", thumbnail: null },
    });
  });

  it("names a receipt whose object went after the snapshot (deleted during the backup)", async () => {
    const only = new Map([["receipts/k3/original", "o3"]]);
    const { digests, missing } = await digestReceipts([row("d", "receipts/gone"), row("e", "receipts/k3")], (key) => Promise.resolve(only.get(key) ?? null));
    expect(digests).toEqual({});
    expect(missing).toEqual(["receipt d: object receipts/gone/original is missing", "receipt e: object receipts/k3/thumbnail is missing"]);
  });
});

describe("client versions", () => {
  it("refuses a pg_dump older than the server and names the client to install", () => {
    expect(() => assertDumpable({ path: "pg_dump", major: 15 }, 18)).toThrow("pg_dump 15 cannot dump a PostgreSQL 18 server: install pg_dump 18 or newer (Debian: postgresql-client-18");
    expect(() => assertDumpable({ path: "pg_dump", major: 18 }, 15)).not.toThrow();
    expect(() => assertRestorable({ path: "pg_restore", major: 15 }, 17)).toThrow("install postgresql-client-17");
    expect(() => assertRestorable({ path: "pg_restore", major: 17 }, 15)).not.toThrow();
  });

  it("drops Prisma's own URL parameters, which libpq refuses, and keeps libpq's", () => {
    expect(libpqUrl("postgresql://u:p@db:5432/app?schema=public&connection_limit=5&sslmode=require")).toBe("postgresql://u:p@db:5432/app?sslmode=require");
  });
});

describe("objectFile", () => {
  it("keeps a copied object inside the backup, and refuses keys of another shape", () => {
    expect(objectFile("/backup", "receipts/AbC_-9/original")).toBe("/backup/objects/receipts/AbC_-9/original");
    for (const key of ["receipts/../../etc/original", "/receipts/a/original", "other/a/original", "receipts/a/original/x"]) {
      expect(() => objectFile("/backup", key)).toThrow("unexpected object key");
    }
  });
});
