import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/http/field-errors";
import { deleteAccountSchema } from "./schemas";

describe("deleteAccountSchema", () => {
  it("takes a password and the ticked checkbox", () => {
    expect(deleteAccountSchema.parse({ password: "secret", confirm: "on" })).toEqual({ password: "secret", confirm: "on" });
  });

  it("asks for the password and the confirmation, as message keys", () => {
    const parsed = deleteAccountSchema.safeParse({ password: "", confirm: "" });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toEqual({
      password: "accountData.passwordRequired",
      confirm: "accountData.confirmRequired",
    });
  });

  it("refuses a megabyte password before it reaches the hash", () => {
    expect(deleteAccountSchema.safeParse({ password: "x".repeat(1_000_000), confirm: "on" }).success).toBe(false);
  });
});
