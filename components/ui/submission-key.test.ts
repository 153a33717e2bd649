import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newSubmissionKey } from "./submission-key";

describe("newSubmissionKey", () => {
  it("is a version 4 UUID, as the server's schema takes, and new each time", () => {
    const keys = Array.from({ length: 200 }, newSubmissionKey);
    for (const key of keys) expect(z.uuidv4().safeParse(key).success, key).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
