import { describe, expect, it } from "vitest";
import { passwordResetEmail } from "./password-reset-email";

describe("password reset email", () => {
  it("carries the link in both parts and escapes it in HTML", () => {
    const link = "https://simcase.example/reset-password?token=abc&x=<b>";
    const mail = passwordResetEmail({ to: "a@b.co", link, expiresInMinutes: 60 });
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("60 minutes");
    expect(mail.html).toContain("token=abc&amp;x=&lt;b&gt;");
    expect(mail.html).not.toContain("<b>");
  });
});
