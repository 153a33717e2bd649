import compile from "icu-minify/compile";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { compiledTranslator } from "./compiled-translator";
import { formats } from "./formats";
import { loadMessages, type Messages } from "./messages";

// No message takes a date argument any more (dates come preformatted, messages.test.ts);
// ICU dates still work as use-intl's, in the translator's zone, for one that does
// (month first in "en", unlike our formatters' en-GB: one more reason they come preformatted).
const withDates = (messages: Messages): Messages => ({
  ...messages,
  timeline: { ...messages.timeline, snoozedUntil: "Until {until, date, dateTime}" },
  account: { ...messages.account, emailChangedMail: { ...messages.account.emailChangedMail, changed: "On {date, date, long}." } },
});
const en = withDates(await loadMessages("en"));
const zh = withDates(await loadMessages("zh"));
// 23:30 UTC on 2 December is already 3 December in Phnom Penh: the zone must reach the date.
const late = new Date(Date.UTC(2026, 11, 2, 23, 30));

describe("compiledTranslator", () => {
  it("reads as use-intl's own translator: plain, arguments, plurals, and dates in the given zone", () => {
    for (const [locale, messages] of [["en", en], ["zh", zh]] as const) {
      for (const timeZone of ["Asia/Phnom_Penh", "America/New_York"]) {
        const ours = compiledTranslator({ locale, messages, timeZone });
        const theirs = createTranslator({ locale, messages, timeZone, formats });
        expect(ours("common.appName")).toBe(theirs("common.appName"));
        expect(ours("emails.line", { label: "Case", value: "SIM {x} 'quoted'" })).toBe(theirs("emails.line", { label: "Case", value: "SIM {x} 'quoted'" }));
        for (const minutes of [1, 5]) expect(ours("auth.throttled", { minutes })).toBe(theirs("auth.throttled", { minutes }));
        expect(ours("timeline.snoozedUntil", { until: late })).toBe(theirs("timeline.snoozedUntil", { until: late }));
        expect(ours("account.emailChangedMail.changed", { date: late })).toBe(theirs("account.emailChangedMail.changed", { date: late }));
      }
    }
    expect(compiledTranslator({ locale: "en", messages: en, timeZone: "Asia/Phnom_Penh" })("timeline.snoozedUntil", { until: late })).toBe("Until Thu, Dec 3, 2026, 06:30");
  });

  it("takes messages the web build already compiled as they are", () => {
    const precompile = (node: unknown): unknown =>
      typeof node === "string" ? compile(node) : Object.fromEntries(Object.entries(node as object).map(([key, value]) => [key, precompile(value)]));
    const built = precompile(en) as typeof en;
    const ours = compiledTranslator({ locale: "en", messages: built, timeZone: "Asia/Phnom_Penh" });
    const asWritten = compiledTranslator({ locale: "en", messages: en, timeZone: "Asia/Phnom_Penh" });
    const values = { operator: "Seatel" } as never;
    expect(ours("procedures.store.store-prepare.howTo" as never, values)).toBe(asWritten("procedures.store.store-prepare.howTo" as never, values));
    expect(ours("procedures.store.store-prepare.howTo" as never, values)).toContain("Seatel may not insist");
    expect(ours("timeline.snoozedUntil", { until: late })).toBe("Until Thu, Dec 3, 2026, 06:30");
    expect(ours.has("procedures.store.store-prepare.howTo" as never)).toBe(true);
  });

  it("takes keys under its namespace, and knows which it has", () => {
    const t = compiledTranslator({ locale: "zh", messages: zh, namespace: "emails" });
    expect(t("reminder.labelCase")).toBe(zh.emails.reminder.labelCase);
    expect(t.has("reminder.labelCase")).toBe(true);
    expect(t.has("reminder" as never)).toBe(false);
    expect(t.has("reminder.nothingHere" as never)).toBe(false);
  });

  it("refuses a key with no message rather than sending its name to a user", () => {
    const t = compiledTranslator({ locale: "en", messages: en });
    expect(() => t("emails.reminder.nothingHere" as never)).toThrow("No message at emails.reminder.nothingHere");
    expect(() => t("emails" as never)).toThrow("No message at emails");
  });
});
