import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/http/field-errors";
import en from "@/messages/en.json";
import { PASSWORD_MAX, PASSWORD_MIN, signInSchema, signUpSchema } from "./schemas";

describe("auth schemas", () => {
  it("normalises the email before validating it", () => {
    expect(signUpSchema.parse({ email: "  Ann@Example.COM ", password: "12345678" }).email).toBe("ann@example.com");
  });

  it("explains a bad email and a short password next to their fields", () => {
    const result = signUpSchema.safeParse({ email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    // Keys of the "errors" messages; the action shows them in the reader's language.
    expect(fieldErrors(result.error!)).toEqual({ email: "auth.emailInvalid", password: "auth.passwordTooShort" });
    expect(en.errors.auth.emailInvalid).toBe("Enter a valid email address, like name@example.com.");
    expect(en.errors.auth.passwordTooShort).toBe(`Use at least ${PASSWORD_MIN} characters.`);
  });

  it("asks for an address left empty, rather than calling it invalid", () => {
    const result = signUpSchema.safeParse({ email: "   ", password: "12345678" });
    expect(fieldErrors(result.error!)).toEqual({ email: "auth.emailRequired" });
  });

  it("caps new passwords so hashing cannot be used to tie up the server", () => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "x".repeat(PASSWORD_MAX) }).success).toBe(true);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "x".repeat(PASSWORD_MAX + 1) }).success).toBe(false);
  });

  it("does not apply new-password rules at sign-in", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "old" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });
});
