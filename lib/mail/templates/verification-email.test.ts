import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { signUpAttemptEmail } from "./sign-up-attempt-email";
import { verificationEmail } from "./verification-email";

describe("address confirmation emails", () => {
  it("carry the link in both parts, escaped in HTML, with how long it works", () => {
    const link = "https://simcase.example/verify-email?token=abc&x=<b>";
    const mail = verificationEmail({ to: "a@b.co", locale: "en", messages: en, link, expiresInHours: 24 });
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("24 hours");
    expect(mail.html).toContain("token=abc&amp;x=&lt;b&gt;");
    expect(mail.html).not.toContain("<b>");
  });

  it("are written in the account's language", () => {
    const mail = verificationEmail({ to: "a@b.co", locale: "zh", messages: zh, link: "https://x.example/v", expiresInHours: 24 });
    expect(mail.subject).toBe("请确认您在 Simcase 使用的邮箱地址");
    expect(mail.text).toContain("24 小时内有效");
    expect(mail.html).toContain('<html lang="zh-Hans-CN">');
  });

  it("tell the owner of a taken address how to sign in or reset, in their language", () => {
    const links = { signInLink: "https://x.example/sign-in", resetLink: "https://x.example/forgot-password" };
    const mail = signUpAttemptEmail({ to: "a@b.co", locale: "zh", messages: zh, ...links });
    expect(mail.subject).toBe("有人尝试用您的邮箱注册 Simcase");
    expect(mail.text).toContain(links.signInLink);
    expect(mail.html).toContain(links.resetLink);
  });
});
