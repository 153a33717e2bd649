import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./form-state";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/account?tab=password")).toBe("/account?tab=password");
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/a\\b", "cases", "", null, 42])(
    "replaces %j with the home page",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
