import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { reminderEmail, type ReminderEmailInput, type ReminderKind } from "./reminder-email";

const MESSAGES = { en, zh };

function input(overrides: Partial<ReminderEmailInput> = {}): ReminderEmailInput {
  const locale = overrides.locale ?? "en";
  return {
    to: "dara@example.com",
    locale,
    messages: MESSAGES[locale],
    kind: "CHECK",
    followUpNumber: 0,
    caseLabel: "My old Smart SIM",
    operatorLabel: "Smart",
    maskedNumber: "+855 •• ••• 5678",
    expectedByLabel: "Wed 22 April 2026",
    chaseHint: "Call 888 from another phone and ask for the cancellation team.",
    caseUrl: "https://simcase.example/cases/abc",
    settingsUrl: "https://simcase.example/settings/reminders",
    unsubscribeUrl: "https://simcase.example/unsubscribe?token=t1&kind=reminders",
    oneClickUnsubscribeUrl: "https://simcase.example/api/unsubscribe?token=t1",
    messageId: "<reminder-abc@simcase.example>",
    ...overrides,
  };
}

const KINDS: ReminderKind[] = ["CHECK", "FOLLOW_UP", "NEEDS_ACTION"];
const LOCALES = ["en", "zh"] as const;

function forKind(kind: ReminderKind, overrides: Partial<ReminderEmailInput> = {}): ReminderEmailInput {
  return input({ kind, followUpNumber: kind === "FOLLOW_UP" ? 2 : 0, ...overrides });
}

describe("reminder email subjects", () => {
  it("in English", () => {
    expect(reminderEmail(forKind("CHECK")).subject).toBe("Check for Smart's answer: My old Smart SIM");
    expect(reminderEmail(forKind("FOLLOW_UP")).subject).toBe("Still waiting? Here is how to chase Smart: My old Smart SIM");
    expect(reminderEmail(forKind("NEEDS_ACTION")).subject).toBe("Needs your action: My old Smart SIM");
  });

  it("in Simplified Chinese", () => {
    const zh = { locale: "zh", caseLabel: "旧号码" } as const;
    expect(reminderEmail(forKind("CHECK", zh)).subject).toBe("请查看 Smart 的处理结果：旧号码");
    expect(reminderEmail(forKind("FOLLOW_UP", zh)).subject).toBe("还在等待？这样催办 Smart：旧号码");
    expect(reminderEmail(forKind("NEEDS_ACTION", zh)).subject).toBe("需要您处理：旧号码");
  });

  it("stay on one line whatever the nickname holds", () => {
    const mail = reminderEmail(input({ caseLabel: "old\r\nBcc: someone@example.com" }));
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});

describe("reminder email bodies", () => {
  for (const locale of LOCALES) {
    for (const kind of KINDS) {
      it(`${locale} ${kind} carries the case details and every link in both parts`, () => {
        const given = forKind(kind, { locale });
        const mail = reminderEmail(given);
        for (const part of [mail.text, mail.html]) {
          expect(part).toContain(given.caseLabel);
          expect(part).toContain("Smart");
          expect(part).toContain("+855 •• ••• 5678");
          expect(part).toContain(given.expectedByLabel);
          expect(part).toContain(given.chaseHint);
          expect(part).toContain(given.caseUrl);
          expect(part).toContain(given.settingsUrl);
        }
        expect(mail.text).toContain(given.unsubscribeUrl);
        expect(mail.html).toContain("https://simcase.example/unsubscribe?token=t1&amp;kind=reminders");
        expect(mail.html).toContain(`<html lang="${LOCALE_TAGS[locale]}">`);
        expect(mail.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(mail.to).toBe("dara@example.com");
      });
    }
  }

  it("says which follow-up this is", () => {
    expect(reminderEmail(input({ kind: "FOLLOW_UP", followUpNumber: 3 })).text).toContain("follow-up reminder 3");
    expect(reminderEmail(input({ kind: "FOLLOW_UP", followUpNumber: 3, locale: "zh" })).text).toContain("第 3 次跟进提醒");
  });

  it("writes Chinese wording for zh", () => {
    const mail = reminderEmail(forKind("NEEDS_ACTION", { locale: "zh" }));
    expect(mail.text).toContain("运营商：Smart");
    expect(mail.html).toContain("打开注销记录");
    expect(mail.html).toContain("退订提醒邮件");
    expect(mail.text).not.toMatch(/Open your case|Reminder settings/);
  });

  it("leaves the number out when it is not known", () => {
    const mail = reminderEmail(input({ maskedNumber: null }));
    expect(mail.text).not.toContain("Number:");
    expect(mail.html).not.toContain(">Number<");
  });

  it("uses the PingFang SC and Microsoft YaHei fonts", () => {
    const html = reminderEmail(input({ locale: "zh" })).html;
    expect(html).toContain("'PingFang SC'");
    expect(html).toContain("'Microsoft YaHei'");
  });

  it("keeps the lines of a multi-line chase hint apart in HTML", () => {
    const html = reminderEmail(input({ chaseHint: "Call 888\nor visit a Smart shop" })).html;
    expect(html).toContain("Call 888<br>or visit a Smart shop");
  });

  it("refuses a follow-up without a follow-up number", () => {
    expect(() => reminderEmail(input({ kind: "FOLLOW_UP", followUpNumber: 0 }))).toThrow(RangeError);
  });
});

describe("reminder email HTML escaping", () => {
  it("escapes a nickname holding markup", () => {
    const mail = reminderEmail(input({ caseLabel: "<script>alert('x')</script>" }));
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(mail.text).toContain("<script>alert('x')</script>");
  });

  it("escapes every interpolated value", () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...KINDS),
        fc.constantFrom<keyof ReminderEmailInput>("caseLabel", "operatorLabel", "maskedNumber", "expectedByLabel", "chaseHint", "caseUrl", "settingsUrl", "unsubscribeUrl"),
        (locale, kind, field) => {
          const html = reminderEmail(forKind(kind, { locale, [field]: hostile })).html;
          expect(html).not.toContain("<img");
          expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        },
      ),
    );
  });
});

describe("reminder email headers", () => {
  it("offer one-click unsubscribe and carry the message id", () => {
    const mail = reminderEmail(input());
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://simcase.example/api/unsubscribe?token=t1>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Message-ID": "<reminder-abc@simcase.example>",
    });
  });

  it("add the angle brackets when the message id comes without them", () => {
    expect(reminderEmail(input({ messageId: "reminder-abc@simcase.example" })).headers?.["Message-ID"]).toBe("<reminder-abc@simcase.example>");
  });
});

describe("reminder email output", () => {
  it("never shows undefined or null", () => {
    for (const locale of LOCALES) {
      for (const kind of KINDS) {
        for (const maskedNumber of [null, "+855 •• ••• 5678"]) {
          const mail = reminderEmail(forKind(kind, { locale, maskedNumber }));
          expect(JSON.stringify(mail)).not.toMatch(/undefined|null|NaN/);
        }
      }
    }
  });
});
