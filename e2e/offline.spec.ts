import type { Page } from "@playwright/test";
import { nowCard } from "./support/case-page";
import { expect, HOME, openCase, seedUser, signIn, test } from "./support/fixtures";
import { en, zh } from "./support/messages";

// The service worker in the path, as on a phone (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

// At a store counter with no signal: the case opened last, and its What-to-say
// card, still read from the phone; any other page says it is offline.

const KHMER_CANCEL = "ខ្ញុំចង់បោះបង់ស៊ីមកាតនេះ។";

/** The pages the service worker keeps (any cache), with the language each was rendered in. */
function keptPages(page: Page): Promise<{ path: string; lang: string }[]> {
  return page.evaluate(async () => {
    const kept: { path: string; lang: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if (!response?.headers.get("content-type")?.includes("text/html")) continue;
        const lang = /<html[^>]*\slang="([^"]*)"/.exec(await response.text())?.[1] ?? "";
        kept.push({ path: new URL(request.url).pathname, lang });
      }
    }
    return kept;
  });
}

const ASSETS_CACHE = "simcase-assets-2";
const MAX_ASSETS = 300;

/** Built files an earlier release left in the worker's cache: nothing names them any more. */
function leaveOldReleaseFiles(page: Page, count: number) {
  return page.evaluate(
    async ({ name, count }) => {
      const cache = await caches.open(name);
      for (let i = 0; i < count; i++) {
        await cache.put(`/_next/static/chunks/old-release-${i}.js`, new Response("//", { headers: { "content-type": "text/javascript" } }));
      }
    },
    { name: ASSETS_CACHE, count },
  );
}

function builtFilesKept(page: Page) {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), ASSETS_CACHE);
}

/** Waits until the service worker is active and controls the page (it claims open pages once activated). */
async function serviceWorkerControls(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === "activated", null, { timeout: 15_000 });
}

/** Waits until the case page and the offline page are kept in the language given. */
async function keptFor(page: Page, caseId: string, lang: string) {
  await expect
    .poll(async () => {
      const kept = await keptPages(page);
      return ["/offline", `/cases/${caseId}`].every((path) => kept.some((each) => each.path === path && each.lang === lang));
    })
    .toBe(true);
}

const LANGUAGES = [
  { code: "en", tag: "en-GB", m: en, nowTitle: "Call the Smart hotline 123" },
  { code: "zh", tag: "zh-Hans-CN", m: zh, nowTitle: "拨打 Smart 客服热线 123" },
] as const;

for (const language of LANGUAGES) {
  test(`offline (${language.code}): the case opened last and its What-to-say card are kept; other pages say they are offline`, async ({ page, context }) => {
    const { m } = language;
    const user = await seedUser();
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(HOME);
    await serviceWorkerControls(page);
    await leaveOldReleaseFiles(page, MAX_ASSETS + 100);

    // Reached through the form's redirect, not a page load: the worker never saw this page's request.
    const caseId = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: `Offline SIM ${language.code}` });
    if (language.code !== "en") {
      // The worker installed while the pages were English: its offline page follows the switch.
      await page.getByRole("button", { name: "中文" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", language.tag);
    }
    await keptFor(page, caseId, language.tag);
    // Months of releases do not pile up: the oldest files go, never one the kept page needs (the offline steps below use them).
    await expect.poll(async () => (await builtFilesKept(page)).length).toBeLessThanOrEqual(MAX_ASSETS);
    expect(await builtFilesKept(page)).not.toContain("/_next/static/chunks/old-release-0.js");

    // The server up but unable to serve (its database away): the kept copy, not the outage page.
    const casePath = `**/cases/${caseId}`;
    await context.route(casePath, (route) =>
      route.fulfill({ status: 503, contentType: "text/html", body: "<!doctype html><title>Briefly unavailable</title><h1>Briefly unavailable</h1>" }),
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `Offline SIM ${language.code}` })).toBeVisible();
    await context.unroute(casePath);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `Offline SIM ${language.code}` })).toBeVisible();
    await expect(page.locator("#now-heading")).toHaveText(language.nowTitle);
    await nowCard(page).getByRole("button", { name: m.whatToSay.title }).click();
    const card = page.getByRole("dialog", { name: m.whatToSay.title });
    await expect(card.locator('p[lang="km"]').first()).toHaveText(KHMER_CANCEL);
    await card.getByRole("button", { name: m.whatToSay.close }).click();
    await expect(card).toBeHidden();

    // Never opened: the offline page, in the reader's language, rather than the browser's error.
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: m.offline.title })).toBeVisible();
    await expect(page.getByText(m.offline.text)).toBeVisible();
    await page.goto("/cases/never-opened");
    await expect(page.getByRole("heading", { level: 1, name: m.offline.title })).toBeVisible();
    // Showing the offline page (its links, their prefetches) forgets nothing: back to the case, still there.
    await page.waitForLoadState("networkidle");
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole("heading", { level: 1, name: `Offline SIM ${language.code}` })).toBeVisible();
  });
}

// Whoever leaves the account on this phone leaves nothing of it readable offline.
const LEAVING = [
  {
    how: "signing out",
    leave: async (page: Page) => {
      await page.goto("/account");
      await page.getByRole("button", { name: en.account.signOut.thisDevice }).click();
      await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
    },
  },
  {
    how: "deleting the account",
    leave: async (page: Page, password: string) => {
      await page.goto("/account/data");
      await page.getByLabel("Your password").fill(password);
      await page.getByLabel("I understand this deletes all my cases and receipts").check();
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(page).toHaveURL(/\/\?accountDeleted=1$/);
    },
  },
] as const;

for (const { how, leave } of LEAVING) {
  test(`offline after ${how}: the account's cases are not kept on the phone`, async ({ page, context }) => {
    const user = await seedUser();
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(HOME);
    await serviceWorkerControls(page);
    const caseId = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Private SIM" });
    await keptFor(page, caseId, "en-GB");

    await leave(page, user.password);
    await expect.poll(async () => (await keptPages(page)).map((each) => each.path)).not.toContain(`/cases/${caseId}`);

    await context.setOffline(true);
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole("heading", { level: 1, name: en.offline.title })).toBeVisible();
    await expect(page.getByText("Private SIM")).toHaveCount(0);
  });
}
