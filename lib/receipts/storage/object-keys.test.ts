import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { newStorageKey, objectKey, storageKeyOf } from "./object-keys";
import { readAll } from "./read-all";
import { describeS3Failure } from "./storage-error";

describe("receipt object keys", () => {
  it("are random, and map to their objects and back", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newStorageKey()));
    expect(keys.size).toBe(1000);
    const key = newStorageKey();
    expect(key).toMatch(/^receipts\/[A-Za-z0-9_-]{24}$/);
    expect(storageKeyOf(objectKey(key, "original"))).toBe(key);
    expect(storageKeyOf(objectKey(key, "thumbnail"))).toBe(key);
  });

  it("leave alone objects that are not receipt files", () => {
    for (const other of ["backups/db.sql", "receipts/abc", "receipts/abc/original/x", "receipts/a b/original", "receipts/abc/preview"]) {
      expect(storageKeyOf(other)).toBeNull();
    }
  });
});

describe("readAll", () => {
  it("joins a stream's chunks, refusing more or fewer bytes than recorded", async () => {
    const parts = () => Readable.from([Buffer.from("ab"), Buffer.from("cd")]);
    expect((await readAll(parts(), 4)).toString()).toBe("abcd");
    await expect(readAll(parts(), 3)).rejects.toThrow("larger than its recorded 3 bytes");
    await expect(readAll(parts(), 5)).rejects.toThrow("has 4 bytes, 5 expected");
  });
});

describe("S3 failures", () => {
  it("name the setting to check", () => {
    const refused = Object.assign(new Error("The request signature we calculated does not match"), { name: "SignatureDoesNotMatch" });
    expect(describeS3Failure("GetObject", "b", refused).message).toBe(
      "S3 refused GetObject on bucket b (SignatureDoesNotMatch): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
    );
    expect(describeS3Failure("PutObject", "b", Object.assign(new Error("x"), { name: "NoSuchBucket" })).message).toBe("S3 bucket b does not exist (S3_BUCKET)");
    expect(describeS3Failure("PutObject", "b", new Error("socket hang up")).message).toBe("S3 PutObject on bucket b failed (Error: socket hang up)");
  });
});
