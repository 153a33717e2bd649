import type { Update } from "grammy/types";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";

// Set before the app reads its environment: a fake Bot API and an SMTP server this file controls.
const fake = await startFakeTelegramApi();
const smtp = await startScriptableSmtpServer();
process.env.TELEGRAM_BOT_TOKEN = fake.token;
process.env.TELEGRAM_API_ROOT = fake.apiRoot;
process.env.SMTP_URL = smtp.url;
afterAll(async () => {
  await fake.stop();
  await smtp.stop();
});

const { dispatchDueReminders } = await import("@/lib/reminders/dispatch-due-reminders");
const { createTelegramLink } = await import("./create-telegram-link");
const { enableTelegramReminders } = await import("./enable-telegram-reminders");
const { handleTelegramUpdate } = await import("./handle-telegram-update");
const { setReminderChannels } = await import("./set-reminder-channels");
enableTelegramReminders();

// Monday 4 May 2026, 10:00 in Phnom Penh; the check reminder is due on Tuesday 09:00 (02:00 UTC).
const START = new Date("2026-05-04T03:00:00Z");
const CHECK_DUE = new Date("2026-05-05T02:00:00Z");
let nextChat = 5000;
let updateId = 90_000;

beforeEach(() => {
  fake.calls.length = 0;
  fake.messages.length = 0;
  fake.recover();
  smtp.received.length = 0;
});

/** The channels each REMINDER_SENT timeline event of the case names. */
async function sentEventChannels(caseId: string) {
  const events = await db().caseEvent.findMany({ where: { caseId, kind: "REMINDER_SENT" }, orderBy: { createdAt: "asc" } });
  return events.map((event) => (event.data as { channels?: string[] }).channels);
}

async function waitingCaseInChat(channels?: "BOTH" | "TELEGRAM" | "EMAIL") {
  const chatId = nextChat++;
  const user = await createTestUser();
  const url = (await createTelegramLink(user.id)).url;
  await handleTelegramUpdate({ update_id: updateId++, ...fake.textUpdate(chatId, `/start ${url.split("start=")[1]}`) } as Update);
  expect(await db().telegramLink.count({ where: { userId: user.id } })).toBe(1);
  if (channels) await setReminderChannels(user.id, channels);
  const { id: caseId } = await createTestCase(user.id, { operator: "SMART", phoneNumber: "012 345 678" }, START);
  await changeCaseStatus(user.id, caseId, { type: "wait", days: 1, counting: "CALENDAR" }, START);
  fake.messages.length = 0;
  fake.calls.length = 0;
  return { user, chatId, caseId };
}

const deliveries = (caseId: string) =>
  db().reminderDelivery.findMany({ where: { reminder: { caseId } }, select: { channel: true, state: true }, orderBy: { channel: "asc" } });
const emailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

describe("choosing the channels", () => {
  it("changes only the acting user's link; without a link it is refused and nothing is written", async () => {
    const { user } = await waitingCaseInChat();
    const { user: other } = await waitingCaseInChat();
    await setReminderChannels(user.id, "EMAIL");
    expect((await db().telegramLink.findUniqueOrThrow({ where: { userId: user.id } })).channels).toBe("EMAIL");
    expect((await db().telegramLink.findUniqueOrThrow({ where: { userId: other.id } })).channels).toBe("BOTH");

    const unlinked = await createTestUser();
    await expect(setReminderChannels(unlinked.id, "TELEGRAM")).rejects.toMatchObject({ name: "UserError", key: "telegram.notLinked", status: 409 });
    expect(await db().telegramLink.count({ where: { userId: unlinked.id } })).toBe(0);
    expect((await db().telegramLink.findUniqueOrThrow({ where: { userId: other.id } })).channels).toBe("BOTH");
  });
});

describe("reminders in Telegram", () => {
  it("Telegram only: the chat gets the reminder with its buttons, once; no email", async () => {
    const { user, chatId, caseId } = await waitingCaseInChat("TELEGRAM");
    await dispatchDueReminders({ now: CHECK_DUE });
    await dispatchDueReminders({ now: new Date(CHECK_DUE.getTime() + 60_000) });
    const messages = fake.messagesTo(chatId);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toMatch(/^Check for Smart’s answer: Smart\u00a0…5678/);
    expect(JSON.stringify(messages[0]!.replyMarkup)).toContain(`sn:${caseId}:`);
    expect(emailsTo(user.email)).toHaveLength(0);
    expect(await deliveries(caseId)).toEqual([{ channel: "telegram", state: "SENT" }]);
    expect(await sentEventChannels(caseId)).toEqual([["telegram"]]);
  });

  it("both (the default once linked): one email and one Telegram message, each recorded", async () => {
    const { user, chatId, caseId } = await waitingCaseInChat();
    await dispatchDueReminders({ now: CHECK_DUE });
    await dispatchDueReminders({ now: new Date(CHECK_DUE.getTime() + 60_000) });
    expect(fake.messagesTo(chatId)).toHaveLength(1);
    expect(emailsTo(user.email)).toHaveLength(1);
    expect(await deliveries(caseId)).toEqual([
      { channel: "email", state: "SENT" },
      { channel: "telegram", state: "SENT" },
    ]);
    // The timeline says which: "Reminder sent by email and on Telegram".
    expect(await sentEventChannels(caseId)).toEqual([["email", "telegram"]]);
  });

  it("email only: nothing goes to the chat", async () => {
    const { user, chatId, caseId } = await waitingCaseInChat("EMAIL");
    await dispatchDueReminders({ now: CHECK_DUE });
    expect(fake.messagesTo(chatId)).toHaveLength(0);
    expect(emailsTo(user.email)).toHaveLength(1);
    expect(await sentEventChannels(caseId)).toEqual([["email"]]);
  });

  it("a blocked bot (403) unlinks Telegram, sends that reminder by email instead, and says so by email", async () => {
    const { user, chatId, caseId } = await waitingCaseInChat("TELEGRAM");
    fake.fail("sendMessage", { kind: "blocked" }, 5, chatId);
    await dispatchDueReminders({ now: CHECK_DUE });
    expect(await db().telegramLink.count({ where: { userId: user.id } })).toBe(0);
    // The reminder itself (its subject may be MIME-encoded) and the notice.
    const subjects = emailsTo(user.email).map((mail) => mail.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects.filter((subject) => /Check.for.Smart/.test(subject))).toHaveLength(1);
    expect(subjects.filter((subject) => subject === "Simcase can no longer reach you in Telegram")).toHaveLength(1);
    expect((await db().reminder.findFirstOrThrow({ where: { caseId }, orderBy: { dueAt: "asc" } })).state).toBe("SENT");
  });

  it("a blocked bot with both channels: the email goes once, the notice once", async () => {
    const { user, chatId } = await waitingCaseInChat("BOTH");
    fake.fail("sendMessage", { kind: "blocked" }, 5, chatId);
    await dispatchDueReminders({ now: CHECK_DUE });
    expect(await db().telegramLink.count({ where: { userId: user.id } })).toBe(0);
    expect(emailsTo(user.email)).toHaveLength(2);
  });

  it("a hung Bot API does not wedge the dispatcher: the reminder is retried and goes out later", async () => {
    const { chatId, caseId } = await waitingCaseInChat("TELEGRAM");
    const stuck = await waitingCaseInChat("TELEGRAM");
    fake.fail("sendMessage", { kind: "hang" }, 1, stuck.chatId);
    const started = Date.now();
    const result = await dispatchDueReminders({ now: CHECK_DUE });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result).toMatchObject({ sent: 1, retried: 1 });
    expect(fake.messagesTo(chatId)).toHaveLength(1);
    fake.recover();
    await dispatchDueReminders({ now: new Date(CHECK_DUE.getTime() + 5 * 60_000) });
    expect(fake.messagesTo(stuck.chatId)).toHaveLength(1);
    expect(await deliveries(stuck.caseId)).toEqual([{ channel: "telegram", state: "SENT" }]);
    expect(await deliveries(caseId)).toEqual([{ channel: "telegram", state: "SENT" }]);
  }, 45_000);
});
