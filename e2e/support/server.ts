// The server the end-to-end tests run against: a production build (`next
// start`) and the worker, on a fresh database, with mail going over SMTP to a
// catcher whose files the tests read, and Telegram to a fake Bot API the tests
// drive through its control server. Started and stopped by Playwright.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { startMailCatcher } from "@/lib/mail/start-mail-catcher";
import { runApp } from "@/scripts/lib/run-app";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";
import { startTestDatabase } from "@/test/support/test-database";
import { serveFakeTelegramControl } from "./fake-telegram-control";
import { E2E_DIR, E2E_MAIL_DIR, E2E_DATABASE_URL_FILE, E2E_PORT, E2E_TELEGRAM_CONTROL_FILE } from "./paths";

await rm(E2E_DIR, { recursive: true, force: true });
await mkdir(E2E_DIR, { recursive: true });

const database = await startTestDatabase("simcase_e2e");
const mail = await startMailCatcher({ dir: E2E_MAIL_DIR });
await writeFile(E2E_DATABASE_URL_FILE, database.url);
const telegram = await startFakeTelegramApi();
const telegramControl = await serveFakeTelegramControl(telegram, E2E_TELEGRAM_CONTROL_FILE);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database.url,
  SMTP_URL: mail.url,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  APP_URL: `http://localhost:${E2E_PORT}`,
  PORT: String(E2E_PORT),
  // Lets the tests move the reminder clock; the app refuses it unless APP_URL is local.
  ENABLE_TEST_CONTROLS: "1",
  // No webhook secret: the worker long-polls the fake's getUpdates, which the tests feed.
  TELEGRAM_BOT_TOKEN: telegram.token,
  TELEGRAM_API_ROOT: telegram.apiRoot,
  TELEGRAM_WEBHOOK_SECRET: "",
};

runApp({
  mode: "production",
  env,
  port: String(E2E_PORT),
  cleanup: async () => {
    await telegramControl.stop();
    await telegram.stop();
    await mail.stop();
    await database.stop();
  },
});
