import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { E2E_DATABASE_URL_FILE, E2E_MAIL_DIR } from "./paths";

export { expect };

export function uniqueEmail(label = "e2e"): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.com`;
}

type SeededUser = { id: string; email: string; password: string };

/** The dashboard, where signing in lands. */
export const HOME = /^https?:\/\/[^/]+\/$/;

/** Inserts an account straight into the database, as the seed for a test that is not about signing up. */
/** With a confirmed address unless `verified: false` (a fresh sign-up). */
export async function seedUser(options: { locale?: string; verified?: boolean; emailRefused?: boolean } = {}): Promise<SeededUser> {
  const client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  try {
    const user = { id: randomUUID(), email: uniqueEmail("seeded"), password: `pw-${randomBytes(6).toString("hex")}` };
    const passwordHash = await hash(user.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", locale, "emailVerified", "emailRefusedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [user.id, user.email, passwordHash, options.locale ?? "en", options.verified === false ? null : new Date(), options.emailRefused ? new Date() : null],
    );
    return user;
  } finally {
    await client.end();
  }
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens a case through the form, as a user would; returns its id. */
export async function openCase(page: Page, fields: { operator: string; phone: string; nickname: string }): Promise<string> {
  await page.goto("/cases/new");
  await page.getByLabel("Operator").selectOption({ label: fields.operator });
  await page.getByLabel("Phone number").fill(fields.phone);
  await page.getByLabel("Nickname (optional)").fill(fields.nickname);
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fields.nickname })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The form's own message (Next.js also has a role=alert element: its route announcer). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

/** Polls the SMTP catcher's folder: the worker sends mail in the background. */
export async function waitForMail(to: string, options: { subject?: string; timeoutMs?: number } = {}) {
  const until = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < until) {
    const found = (await readCaughtMail(E2E_MAIL_DIR, { to })).find(
      (mail) => !options.subject || mail.subject === options.subject,
    );
    if (found) return found;
    await sleep(200);
  }
  throw new Error(`no mail to ${to} arrived`);
}

export const test = base.extend<{ user: SeededUser; signedInUser: SeededUser }>({
  // eslint-disable-next-line no-empty-pattern
  user: async ({}, use) => {
    await use(await seedUser());
  },
  signedInUser: async ({ page, user }, use) => {
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(HOME);
    await use(user);
  },
});
