import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { getIntlFormatter } from "@/lib/i18n/translator";
import { describeEvent } from "./describe-event";

const english = createTranslator({ locale: "en", messages: en });
const chinese = createTranslator({ locale: "zh", messages: zh });
const dates = { english: getIntlFormatter("en", "Asia/Phnom_Penh"), chinese: getIntlFormatter("zh", "Asia/Phnom_Penh") };

describe("describeEvent", () => {
  it("shows status changes as old -> new with labels", () => {
    expect(
      describeEvent({ kind: "STATUS_CHANGED", data: { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR" } }, english, "SMART", dates.english),
    ).toEqual({ title: "Status: In progress → Waiting for the operator", detail: null });
    expect(
      describeEvent(
        { kind: "STATUS_CHANGED", data: { from: "WAITING_FOR_OPERATOR", to: "DONE", noProofConfirmed: true } },
        english,
        "SMART",
        dates.english,
      ).detail,
    ).toContain("without proof");
    expect(describeEvent({ kind: "STATUS_CHANGED", data: { from: "OPEN", to: "DONE" } }, chinese, "SMART", dates.chinese).title).toBe(
      "状态：未开始 → 已完成",
    );
  });

  it("keeps the note of a step and of a note entry", () => {
    expect(describeEvent({ kind: "STEP_DONE", data: { title: "Call 123", note: "Ref 77" } }, english, "SMART", dates.english)).toEqual({
      title: "Done: Call 123",
      detail: "Ref 77",
    });
    expect(describeEvent({ kind: "NOTE_ADDED", data: { text: "Agent said 2 days" } }, english, "SMART", dates.english).detail).toBe(
      "Agent said 2 days",
    );
  });

  it("says a changed follow-up schedule in the reader's language", () => {
    const changed = { kind: "REMINDER_SCHEDULE_CHANGED", data: { everyDays: 3, count: 2 } };
    expect(describeEvent(changed, english, "SMART", dates.english)).toEqual({ title: "Follow-ups set to every 3 days, at most 2 times", detail: null });
    expect(describeEvent({ ...changed, data: { everyDays: 1, count: 5 } }, english, "SMART", dates.english).title).toBe(
      "Follow-ups set to every day, at most 5 times",
    );
    expect(describeEvent({ ...changed, data: { everyDays: 2, count: 1 } }, english, "SMART", dates.english).title).toBe("Follow-ups set to every 2 days, at most once");
    expect(describeEvent({ ...changed, data: { everyDays: 2, count: 0 } }, english, "SMART", dates.english).title).toBe("Follow-ups turned off");
    expect(describeEvent({ ...changed, data: { everyDays: 2, count: 0 } }, chinese, "SMART", dates.chinese).title).toBe("已关闭跟进提醒");
    expect(describeEvent(changed, chinese, "SMART", dates.chinese).title).toBe("跟进提醒改为每 3 天一次，最多 2 次");
  });

  it("names template steps in the reader's language, and the user's own steps as written", () => {
    const done = { kind: "STEP_DONE", data: { title: "Call the Smart hotline 123", templateKey: "smart-call" } };
    expect(describeEvent(done, english, "SMART", dates.english).title).toBe("Done: Call the Smart hotline 123");
    expect(describeEvent(done, chinese, "SMART", dates.chinese).title).toBe("已完成：拨打 Smart 客服热线 123");
    const store = { kind: "STEP_DELETED", data: { title: "Find a Seatel store", templateKey: "store-find" } };
    expect(describeEvent(store, chinese, "SEATEL", dates.chinese).title).toBe("删除了步骤：找一家 Seatel 门店");
    const gone = { kind: "STEP_UNDONE", data: { title: "An old template step", templateKey: "removed-step" } };
    expect(describeEvent(gone, chinese, "SMART", dates.chinese).title).toBe("已撤销：An old template step");
    const edited = {
      kind: "STEP_EDITED",
      data: { title: "打开 metfone.com.kh", previousTitle: "Open Metfone's Customer Service page", previousTemplateKey: "metfone-open" },
    };
    expect(describeEvent(edited, chinese, "METFONE", dates.chinese)).toEqual({
      title: "修改了步骤：打开 metfone.com.kh",
      detail: "原标题：打开 Metfone 的客户服务页面",
    });
    // Saved unchanged from the translated form: nothing to show as the old title.
    expect(
      describeEvent(
        { kind: "STEP_EDITED", data: { title: "打开 Metfone 的客户服务页面", previousTitle: "x", previousTemplateKey: "metfone-open" } },
        chinese,
        "METFONE",
        dates.chinese,
      ).detail,
    ).toBeNull();
  });

  it("says until when reminders were snoozed, in the reader's language and zone", () => {
    const snoozed = { kind: "REMINDERS_SNOOZED", data: { until: "2026-12-01T02:30:00.000Z" } };
    expect(describeEvent(snoozed, english, "SMART", dates.english)).toEqual({
      title: "Reminders snoozed",
      detail: "Until Tue, 1 Dec 2026, 09:30",
    });
    // The weekday apart from the date, as on the pages (lib/i18n/date-formatter.ts).
    expect(describeEvent(snoozed, chinese, "SMART", dates.chinese).detail).toBe("暂停到 2026年12月1日（周二）09:30");
    expect(describeEvent({ kind: "REMINDERS_SNOOZED", data: {} }, english, "SMART", dates.english)).toEqual({ title: "Reminders snoozed", detail: null });
  });

  it("names the channels a reminder went through; older events were emails", () => {
    const sent = (channels?: string[]) => describeEvent({ kind: "REMINDER_SENT", data: { kind: "FOLLOW_UP", channels } }, english, "SMART", dates.english).title;
    expect(sent(["email"])).toBe("Reminder emailed: how to chase");
    expect(sent(["telegram"])).toBe("Reminder sent on Telegram: how to chase");
    expect(sent(["email", "telegram"])).toBe("Reminder sent by email and on Telegram: how to chase");
    expect(sent(undefined)).toBe("Reminder emailed: how to chase");
    const chinese = createTranslator({ locale: "zh", messages: zh });
    expect(describeEvent({ kind: "REMINDER_SENT", data: { kind: "CHECK", channels: ["telegram"] } }, chinese, "SMART", dates.chinese).title).toBe(
      "已通过 Telegram 发送提醒：查看答复",
    );
  });

  it("survives data it does not expect", () => {
    expect(describeEvent({ kind: "STEP_EDITED", data: null }, english, "SMART", dates.english)).toEqual({ title: "Step edited: ", detail: null });
    expect(describeEvent({ kind: "SOMETHING_NEW", data: {} }, english, "SMART", dates.english).title).toBe("Other change");
    expect(describeEvent({ kind: "REMINDER_SENT", data: { kind: "CHECK" } }, english, "SMART", dates.english).title).toBe(
      "Reminder emailed: check for the answer",
    );
    expect(describeEvent({ kind: "STEP_MOVED", data: { title: "Mine", direction: "up" } }, english, "SMART", dates.english).title).toBe(
      "Step moved up: Mine",
    );
  });
});
