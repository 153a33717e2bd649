import { afterAll, expect, it } from "vitest";
import { createTestUser } from "@/test/support/factories";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";

// Its own fake and its own bot: the bot must not have met Telegram before this file asks.
const fake = await startFakeTelegramApi();
process.env.TELEGRAM_BOT_TOKEN = fake.token;
process.env.TELEGRAM_API_ROOT = fake.apiRoot;
afterAll(() => fake.stop());

const { createTelegramLink } = await import("./create-telegram-link");
const { sendTelegramMessage } = await import("./send-telegram-message");

it("says Telegram is away at once when getMe fails, and tries getMe again on the next call", async () => {
  const user = await createTestUser();
  // grammY's init() would retry these (and a Bot API that stays away, for ever).
  fake.fail("getMe", { kind: "serverError" }, 2);

  await expect(createTelegramLink(user.id)).rejects.toMatchObject({ key: "telegram.unavailable", status: 503 });
  // A reminder's send fails as one to try again later; it does not wait for Telegram.
  const sent = await sendTelegramMessage(4242, { text: "Check Smart", keyboard: [] });
  expect(sent).toMatchObject({ status: "failed", permanent: false });
  expect(fake.calls.filter((call) => call.method === "getMe")).toHaveLength(2);
  expect(fake.calls.filter((call) => call.method === "sendMessage")).toHaveLength(0);

  // Telegram is back: the next call meets the bot, once for all later calls.
  const { url } = await createTelegramLink(user.id);
  expect(url).toMatch(/^https:\/\/t\.me\/simcase_test_bot\?start=/);
  expect(await sendTelegramMessage(4242, { text: "Check Smart", keyboard: [] })).toMatchObject({ status: "sent" });
  expect(fake.calls.filter((call) => call.method === "getMe")).toHaveLength(3);
});
