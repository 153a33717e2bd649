import { describe, expect, it } from "vitest";
import { noticeEmail } from "./notice-email";

describe("notice email", () => {
  it("carries every paragraph in both parts, escaped in HTML", () => {
    const mail = noticeEmail({
      to: "dara@example.com",
      locale: "en",
      subject: "Your Simcase account was deleted",
      paragraphs: ["Your account was deleted.", "Cases & <receipts> too."],
    });
    expect(mail.to).toBe("dara@example.com");
    expect(mail.subject).toBe("Your Simcase account was deleted");
    expect(mail.text).toBe("Your account was deleted.\n\nCases & <receipts> too.");
    expect(mail.html).toContain("<p>Cases &amp; &lt;receipts&gt; too.</p>");
    expect(mail.html).not.toContain("<receipts>");
    expect(mail.html).toContain('<html lang="en-GB">');
  });

  it("marks Chinese as Chinese and keeps the subject on one line", () => {
    const mail = noticeEmail({ to: "a@b.co", locale: "zh", subject: "您的账户\r\n已删除", paragraphs: ["您的账户已删除。"] });
    expect(mail.html).toContain('<html lang="zh-Hans-CN">');
    expect(mail.html).toContain("<p>您的账户已删除。</p>");
    expect(mail.subject).toBe("您的账户 已删除");
  });
});
