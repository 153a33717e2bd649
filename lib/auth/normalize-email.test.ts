import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./normalize-email";

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Ann.Lee@Example.COM\t")).toBe("ann.lee@example.com");
  });

  it("drops the invisible marks an address copied from a chat or a contact card carries", () => {
    expect(normalizeEmail("\u202aann@example.com\u202c")).toBe("ann@example.com");
    expect(normalizeEmail("\ufeffann\u200b@example.com\u2069 ")).toBe("ann@example.com");
  });
});
