// The server the end-to-end tests run against: a production build (`next
// start`) and the worker, on a fresh database, with mail going over SMTP to a
// catcher whose files the tests read. Started and stopped by Playwright.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { startMailCatcher } from "@/lib/mail/start-mail-catcher";
import { runApp } from "@/scripts/lib/run-app";
import { startTestDatabase } from "@/test/support/test-database";
import { E2E_DIR, E2E_MAIL_DIR, E2E_DATABASE_URL_FILE, E2E_PORT } from "./paths";

await rm(E2E_DIR, { recursive: true, force: true });
await mkdir(E2E_DIR, { recursive: true });

const database = await startTestDatabase("simcase_e2e");
const mail = await startMailCatcher({ dir: E2E_MAIL_DIR });
await writeFile(E2E_DATABASE_URL_FILE, database.url);

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
};

runApp({
  mode: "production",
  env,
  port: String(E2E_PORT),
  cleanup: async () => {
    await mail.stop();
    await database.stop();
  },
});
