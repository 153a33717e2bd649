import { describe, expect, it } from "vitest";
import { emailChangeEmail } from "./email-change-email";

describe("email change email", () => {
  it("carries the link in both parts and escapes it in HTML", async () => {
    const link = "https://simcase.example/account/confirm-email?token=abc&x=<b>";
    const mail = await emailChangeEmail({ to: "new@b.co", link, expiresInHours: 24, locale: "en", timeZone: "Asia/Phnom_Penh" });
    expect(mail.to).toBe("new@b.co");
    expect(mail.subject).toBe("Confirm your new Simcase email address");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("24 hours");
    expect(mail.text).toContain("new@b.co");
    expect(mail.html).toContain("token=abc&amp;x=&lt;b&gt;");
    expect(mail.html).not.toContain("<b>");
  });

  it("speaks the account's language", async () => {
    const mail = await emailChangeEmail({
      to: "new@b.co",
      link: "https://simcase.example/x",
      expiresInHours: 24,
      locale: "zh",
      timeZone: "Asia/Phnom_Penh",
    });
    expect(mail.subject).toBe("请确认您的 Simcase 新邮箱地址");
    expect(mail.text).toContain("24 小时");
    expect(mail.html).toContain('lang="zh-Hans-CN"');
  });
});
