import type { Update } from "grammy/types";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { zonedDateString } from "@/lib/time/zoned-time";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";

// This file's bot talks to a fake Bot API (set before the app reads its environment).
const fake = await startFakeTelegramApi();
process.env.TELEGRAM_BOT_TOKEN = fake.token;
process.env.TELEGRAM_API_ROOT = fake.apiRoot;
afterAll(() => fake.stop());

const { composeTelegramReminder } = await import("./compose-telegram-reminder");
const { createTelegramLink } = await import("./create-telegram-link");
const { disconnectTelegram } = await import("./disconnect-telegram");
const { getTelegramSettings } = await import("./get-telegram-settings");
const { handleTelegramUpdate } = await import("./handle-telegram-update");
const { telegramBot } = await import("./telegram-bot");

let updateId = 1;
beforeEach(() => {
  fake.calls.length = 0;
  fake.messages.length = 0;
});

async function say(chatId: number, text: string, languageCode = "en") {
  await handleTelegramUpdate({ update_id: updateId++, ...fake.textUpdate(chatId, text, languageCode) } as Update);
  return fake.messagesTo(chatId).at(-1)?.text ?? "";
}

async function press(chatId: number, messageId: number, data: string) {
  await handleTelegramUpdate({ update_id: updateId++, ...fake.callbackUpdate(chatId, messageId, data) } as Update);
}

function startToken(url: string): string {
  const match = /^https:\/\/t\.me\/simcase_test_bot\?start=([A-Za-z0-9_-]{1,64})$/.exec(url);
  expect(match).not.toBeNull();
  return match![1]!;
}

async function linkedUser(chatId: number) {
  const user = await createTestUser();
  const { url } = await createTelegramLink(user.id);
  expect(await say(chatId, `/start ${startToken(url)}`)).toMatch(/connected to your Simcase account/);
  return user;
}

describe("linking a chat", () => {
  it("links the chat that sends /start with the token, and the settings show it", async () => {
    const user = await createTestUser();
    const { url, expiresAt } = await createTelegramLink(user.id);
    const token = startToken(url);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    // Only the hash is stored.
    const stored = await db().telegramLinkToken.findMany();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await getTelegramSettings(user.id)).toEqual({ link: null });
    expect(await say(1001, `/start ${token}`)).toMatch(/^Done: this chat is now connected/);
    expect(await getTelegramSettings(user.id)).toMatchObject({ link: { chatLabel: "Tester", channels: "BOTH" } });
    expect((await db().telegramLink.findUniqueOrThrow({ where: { userId: user.id } })).chatId).toBe(1001n);
  });

  it("refuses a replayed token politely and links nothing", async () => {
    const user = await createTestUser();
    const token = startToken((await createTelegramLink(user.id)).url);
    await say(1002, `/start ${token}`);
    expect(await say(1003, `/start ${token}`)).toMatch(/^Sorry, this link no longer works.*Nothing was changed/s);
    expect(await db().telegramLink.findMany({ select: { chatId: true } })).toEqual([{ chatId: 1002n }]);
  });

  it("refuses an expired, an unknown and a malformed token", async () => {
    const user = await createTestUser();
    const expired = startToken((await createTelegramLink(user.id, new Date(Date.now() - 16 * 60_000))).url);
    expect(await say(1004, `/start ${expired}`)).toMatch(/^Sorry, this link no longer works/);
    expect(await say(1004, `/start ${"x".repeat(43)}`)).toMatch(/^Sorry, this link no longer works/);
    expect(await say(1004, `/start ${"x".repeat(65)}`)).toMatch(/^Sorry, this link no longer works/);
    expect(await say(1004, "/start ../../etc")).toMatch(/^Sorry, this link no longer works/);
    expect(await db().telegramLink.count()).toBe(0);
  });

  it("answers in the account's language once linked, and in the app's language before", async () => {
    expect(await say(1005, "/start", "zh-hans")).toMatch(/Simcase 机器人/);
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh" } });
    const token = startToken((await createTelegramLink(user.id)).url);
    expect(await say(1005, `/start ${token}`, "en")).toMatch(/^好了：这个对话已连接/);
  });

  it("moves a chat to the account whose token it sends; /stop and Disconnect unlink", async () => {
    const first = await linkedUser(1006);
    const second = await createTestUser();
    await say(1006, `/start ${startToken((await createTelegramLink(second.id)).url)}`);
    expect(await getTelegramSettings(first.id)).toEqual({ link: null });
    expect(await getTelegramSettings(second.id)).toMatchObject({ link: { chatLabel: "Tester" } });

    expect(await say(1006, "/stop")).toMatch(/^Disconnected/);
    expect(await getTelegramSettings(second.id)).toEqual({ link: null });
    expect(await say(1006, "/stop")).toMatch(/not connected to a Simcase account/);

    const third = await linkedUser(1007);
    await disconnectTelegram(third.id);
    expect(await db().telegramLink.count()).toBe(0);
  });
});

describe("commands", () => {
  it("/cases lists the user's open cases with status and next date, and nobody else's", async () => {
    const user = await linkedUser(1010);
    const waiting = await createTestCase(user.id, { operator: "METFONE", phoneNumber: "097 123 4567" });
    await changeCaseStatus(user.id, waiting.id, { type: "wait", days: 3, counting: "CALENDAR" });
    const closed = await createTestCase(user.id, { operator: "SMART" });
    await changeCaseStatus(user.id, closed.id, { type: "complete", noProofConfirmed: true });
    const stranger = await createTestUser();
    await createTestCase(stranger.id, { operator: "COOTEL" });

    const text = await say(1010, "/cases");
    expect(text).toMatch(/^Your open cases:\n• Metfone\u00a0…4567: Waiting for the operator, next date \w{3} \d+ \w{3}$/m);
    expect(text).toContain(`/cases/${waiting.id}`);
    expect(text).not.toContain(closed.id);
    expect(text).not.toContain("CooTel");
    expect(text).not.toContain("123 4567");
  });

  it("/cases, /language and buttons in a chat that is not linked ask to connect first", async () => {
    expect(await say(1011, "/cases")).toMatch(/not connected to a Simcase account/);
    expect(await say(1011, "/language zh")).toMatch(/not connected to a Simcase account/);
    expect(await say(1011, "hello")).toMatch(/did not understand/);
    expect(await say(1011, "/help")).toMatch(/\/cases/);
  });

  it("/language switches the account between Chinese and English", async () => {
    const user = await linkedUser(1012);
    expect(await say(1012, "/language zh")).toMatch(/^好了：今后我会用中文/);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");
    expect(await say(1012, "/language")).toBe("您希望我用哪种语言？");
    const prompt = fake.messagesTo(1012).at(-1)!;
    await press(1012, prompt.messageId, "lang:en");
    expect(fake.messagesTo(1012).at(-1)!.text).toMatch(/^Done: I will write to you in English/);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
  });
});

describe("a reminder's buttons", () => {
  async function reminderInChat(chatId: number) {
    const user = await linkedUser(chatId);
    const { id: caseId } = await createTestCase(user.id, { operator: "SMART", phoneNumber: "012 345 678" });
    await changeCaseStatus(user.id, caseId, { type: "wait", days: 1, counting: "CALENDAR" });
    const reminder = await db().reminder.findFirstOrThrow({
      where: { caseId },
      orderBy: { dueAt: "asc" },
      select: { id: true, kind: true, sequence: true, case: { select: { id: true, operator: true, providerName: true, phoneNumber: true, orderNumber: true, nickname: true, expectedBy: true, owner: { select: { locale: true, timeZone: true } } } } },
    });
    const message = await composeTelegramReminder(reminder);
    const sent = await telegramBot()!.api.sendMessage(chatId, message.text, { reply_markup: { inline_keyboard: message.keyboard } });
    return { user, caseId, reminderId: reminder.id, messageId: sent.message_id, text: message.text };
  }
  const buttonsOf = (chatId: number) =>
    (fake.messagesTo(chatId).at(-1)!.replyMarkup as { inline_keyboard: { text: string; url?: string; callback_data?: string }[][] }).inline_keyboard.flat();

  it("name the case by operator and last digits, say what to check and by when, and carry four buttons", async () => {
    const { caseId, reminderId, text } = await reminderInChat(1020);
    expect(text).toMatch(/^Check for Smart’s answer: Smart\u00a0…5678\n\nAnswer due by .+\n\nPlease check whether Smart has answered/);
    expect(text).toContain("hotline 123");
    expect(buttonsOf(1020)).toEqual([
      { text: "Open case", url: `http://localhost:3000/cases/${caseId}` },
      { text: "Snooze 1 day", callback_data: `sn:${caseId}:${reminderId}` },
      { text: "Mute this case", callback_data: `mu:${caseId}:${reminderId}` },
      { text: "It’s cancelled", url: `http://localhost:3000/cases/${caseId}#proof-heading` },
    ]);
  });

  it("Snooze 1 day holds the case's reminders until 09:00 the next day and edits the message to say until when", async () => {
    const { caseId, reminderId, messageId, text } = await reminderInChat(1021);
    const before = Date.now();
    await press(1021, messageId, `sn:${caseId}:${reminderId}`);
    const snoozed = await db().case.findUniqueOrThrow({ where: { id: caseId } });
    // Tomorrow, on the user's clock (Phnom Penh), at 09:00 when reminders go.
    const until = snoozed.snoozedUntil!;
    expect(zonedDateString(until, "Asia/Phnom_Penh")).toBe(zonedDateString(new Date(before + 86_400_000), "Asia/Phnom_Penh"));
    expect(until.toISOString().slice(11)).toBe("02:00:00.000Z");
    const edited = fake.messagesTo(1021).find((m) => m.messageId === messageId)!;
    expect(edited.text).toMatch(new RegExp(`^${text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s\\S]*— Snoozed: the next reminder for this case comes after `));
    expect(buttonsOf(1021).map((b) => b.text)).toEqual(["Open case", "It’s cancelled"]);
    expect(fake.callsOf("answerCallbackQuery")).toHaveLength(1);
  });

  it("Mute this case turns its reminders off and says so", async () => {
    const { caseId, reminderId, messageId } = await reminderInChat(1022);
    await press(1022, messageId, `mu:${caseId}:${reminderId}`);
    expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).remindersMuted).toBe(true);
    expect(await db().reminder.count({ where: { caseId, state: "SCHEDULED" } })).toBe(0);
    expect(fake.messagesTo(1022).at(-1)!.text).toMatch(/— Muted: no more reminders for this case/);
  });

  it("refuses another user's case id and changes nothing", async () => {
    const mine = await reminderInChat(1023);
    const theirs = await reminderInChat(1024);
    fake.calls.length = 0;
    await press(1023, mine.messageId, `sn:${theirs.caseId}:${theirs.reminderId}`);
    await press(1023, mine.messageId, `mu:${theirs.caseId}:${theirs.reminderId}`);
    const untouched = await db().case.findUniqueOrThrow({ where: { id: theirs.caseId } });
    expect(untouched.snoozedUntil).toBeNull();
    expect(untouched.remindersMuted).toBe(false);
    expect(fake.callsOf("editMessageText")).toHaveLength(0);
    expect(fake.callsOf("answerCallbackQuery").map((call) => call.params.text)).toEqual([
      expect.stringMatching(/not in the Simcase account connected to this chat/),
      expect.stringMatching(/not in the Simcase account connected to this chat/),
    ]);
  });

  it("a stale button (the case moved on) gets a polite answer and changes nothing", async () => {
    const { user, caseId, reminderId, messageId } = await reminderInChat(1025);
    await changeCaseStatus(user.id, caseId, { type: "complete", noProofConfirmed: true });
    await press(1025, messageId, `sn:${caseId}:${reminderId}`);
    expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).snoozedUntil).toBeNull();
    expect(fake.messagesTo(1025).at(-1)!.text).toMatch(/— This reminder is out of date.*nothing was changed/);

    // A new wait starts a new round: the old message's buttons are stale too.
    const again = await reminderInChat(1026);
    await changeCaseStatus(again.user.id, again.caseId, { type: "wait", days: 5, counting: "CALENDAR" });
    await press(1026, again.messageId, `mu:${again.caseId}:${again.reminderId}`);
    expect((await db().case.findUniqueOrThrow({ where: { id: again.caseId } })).remindersMuted).toBe(false);
  });

  it("a press from a chat that was unlinked changes nothing", async () => {
    const { caseId, reminderId, messageId } = await reminderInChat(1027);
    await say(1027, "/stop");
    await press(1027, messageId, `sn:${caseId}:${reminderId}`);
    expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).snoozedUntil).toBeNull();
    expect(fake.callsOf("answerCallbackQuery").at(-1)!.params.text).toMatch(/not connected to a Simcase account any more/);
  });
});
