import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { passwordResetEmail } from "./password-reset-email";

describe("password reset email", () => {
  it("carries the link in both parts and escapes it in HTML", () => {
    const link = "https://simcase.example/reset-password?token=abc&x=<b>";
    const mail = passwordResetEmail({ to: "a@b.co", locale: "en", messages: en, link, expiresInMinutes: 60 });
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("for 1 hour");
    expect(mail.html).toContain("token=abc&amp;x=&lt;b&gt;");
    expect(mail.html).not.toContain("<b>");
  });

  it("is written in the account's language", () => {
    const mail = passwordResetEmail({ to: "a@b.co", locale: "zh", messages: zh, link: "https://x.example/r", expiresInMinutes: 60 });
    expect(mail.subject).toBe("重置您的 Simcase 密码");
    expect(mail.text).toContain("1 小时内有效");
    expect(mail.html).toContain('<html lang="zh-Hans-CN">');
    expect(mail.text).not.toMatch(/password/i);
    // Chinese sentences follow one another without a space.
    expect(mail.html).toMatch(/有效。如果/);
  });
});
