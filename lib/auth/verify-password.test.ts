import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, hashPassword } from "./hash-password";
import { verifyPassword } from "./verify-password";

const COMPOSED = "caf\u00e9 au lait 2026";
const DECOMPOSED = "cafe\u0301 au lait 2026";

describe("passwords and Unicode", () => {
  it("accepts a password typed composed or decomposed, whichever way it was set", async () => {
    expect(COMPOSED).not.toBe(DECOMPOSED);
    const setComposed = await hashPassword(COMPOSED);
    expect(await verifyPassword(setComposed, DECOMPOSED)).toBe(true);
    expect(await verifyPassword(setComposed, COMPOSED)).toBe(true);
    const setDecomposed = await hashPassword(DECOMPOSED);
    expect(await verifyPassword(setDecomposed, COMPOSED)).toBe(true);
  });

  it("still accepts a hash made before normalising, typed as it was set", async () => {
    const legacy = await hash(DECOMPOSED, ARGON2_OPTIONS);
    expect(await verifyPassword(legacy, DECOMPOSED)).toBe(true);
    expect(await verifyPassword(legacy, "cafe au lait 2026")).toBe(false);
  });

  it("refuses a wrong password, and a missing hash", async () => {
    expect(await verifyPassword(await hashPassword(COMPOSED), "something else")).toBe(false);
    expect(await verifyPassword(null, COMPOSED)).toBe(false);
  });
});
