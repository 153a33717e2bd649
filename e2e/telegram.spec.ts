import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { E2E_PORT } from "./support/paths";
import { waitByHand } from "./support/case-page";
import { expect, openCase, test } from "./support/fixtures";
import { en } from "./support/messages";
import { buttonData, newChatId, telegramUserPresses, telegramUserSays, waitForTelegramMessage } from "./support/telegram";

const BOT_LINK = /^https:\/\/t\.me\/simcase_test_bot\?start=([A-Za-z0-9_-]{1,64})$/;
const settings = en.telegram.settings;

/** Presses "Connect Telegram" and returns the token of the t.me link it opens (Telegram itself stays unreached). */
async function connectTelegram(page: Page): Promise<string> {
  await page.route("https://t.me/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Telegram</title>" }));
  await page.goto("/account");
  await page.getByRole("region", { name: settings.heading }).getByRole("button", { name: settings.connect }).click();
  await page.waitForURL(BOT_LINK);
  return BOT_LINK.exec(page.url())![1]!;
}

test("linked from the settings, a reminder comes in Telegram, and Snooze 1 day shows on the case page", async ({
  page,
  request,
  signedInUser: _signedIn,
}) => {
  const chatId = newChatId();
  const token = await connectTelegram(page);
  await telegramUserSays(chatId, `/start ${token}`, "Sokha");
  await waitForTelegramMessage(chatId, (message) => message.text === en.telegram.bot.linked);

  await page.goto("/account");
  const telegram = page.getByRole("region", { name: settings.heading });
  await expect(telegram.getByText(settings.linked.replace("{chat}", "Sokha"))).toBeVisible();
  await expect(telegram.getByLabel(settings.channels.BOTH)).toBeChecked();
  await telegram.getByLabel(settings.channels.TELEGRAM).check();
  await telegram.getByRole("button", { name: settings.saveChannels, exact: true }).click();
  await expect(telegram.getByRole("status")).toHaveText(settings.channelsSaved.TELEGRAM);
  await page.reload();
  await expect(page.getByRole("region", { name: settings.heading }).getByLabel(settings.channels.TELEGRAM)).toBeChecked();
  await expectAccessible(page, "/account (Telegram linked)");

  // The link works once: someone else's chat sending the same token is refused, and the account keeps its chat.
  const otherChatId = newChatId();
  await telegramUserSays(otherChatId, `/start ${token}`, "Someone else");
  await waitForTelegramMessage(otherChatId, (message) => message.text === en.telegram.bot.tokenRefused);
  await page.reload();
  await expect(page.getByRole("region", { name: settings.heading }).getByText(settings.linked.replace("{chat}", "Sokha"))).toBeVisible();

  await openCase(page, { operator: "Metfone", phone: "097 555 4321", nickname: "Telegram SIM" });
  const caseUrl = page.url();
  await waitByHand(page, "1");
  const moved = await request.post("/api/test/clock", { headers: { origin: `http://localhost:${E2E_PORT}` }, data: { advanceHours: 48 } });
  expect(moved.status()).toBe(200);

  const reminder = await waitForTelegramMessage(chatId, (message) => message.text.startsWith("Check for Metfone’s answer"));
  expect(reminder.text).toContain("4321");
  expect(reminder.text).not.toContain("097 555 4321");
  const buttons = en.telegram.buttons;
  expect(reminder.replyMarkup).toEqual({
    inline_keyboard: [
      [{ text: buttons.open, url: caseUrl }],
      [
        { text: buttons.snooze, callback_data: expect.stringMatching(/^sn:/) },
        { text: buttons.mute, callback_data: expect.stringMatching(/^mu:/) },
      ],
      [{ text: buttons.cancelled, url: `${caseUrl}#proof-heading` }],
    ],
  });

  await telegramUserPresses(chatId, reminder.messageId, buttonData(reminder, buttons.snooze));
  const snoozedNote = /— Snoozed: the next reminder for this case comes after (.+)\.$/;
  const edited = await waitForTelegramMessage(chatId, (message) => message.messageId === reminder.messageId && snoozedNote.test(message.text));
  // The acting buttons are gone; the links stay.
  expect(JSON.stringify(edited.replyMarkup)).not.toContain(buttons.snooze);
  const until = snoozedNote.exec(edited.text)![1]!;

  await page.goto(caseUrl);
  const timeline = page.getByRole("list", { name: en.timeline.label });
  const snoozed = timeline.getByRole("listitem").filter({ hasText: en.timeline.events.REMINDERS_SNOOZED });
  await expect(snoozed).toContainText(en.timeline.snoozedUntil.replace("{until}", until));
  await expectAccessible(page, "/cases/[id] (snoozed from Telegram)");

  // Disconnecting says so, and the section offers to connect again.
  await page.goto("/account");
  const section = page.getByRole("region", { name: settings.heading });
  await section.getByRole("button", { name: settings.disconnect }).click();
  await expect(section.getByRole("status")).toHaveText(settings.disconnected);
  await expect(section.getByRole("button", { name: settings.connect })).toBeVisible();
});
