import type { Page } from "@playwright/test";
import { en, zh } from "./support/messages";
import { expect, openCase, seedUser, signIn, test, HOME } from "./support/fixtures";
import { E2E_PORT } from "./support/paths";
import { pdf } from "../test/support/receipt-corpus";
import { openOtherActions, waitByHand } from "./support/case-page";
import { expectAccessible, seriousViolations } from "./support/accessibility";

// Every page, in both languages, on a 360 px phone and on a desktop screen:
// no serious or critical axe violation (WCAG 2.2 A/AA rules), no sideways scrolling.

const LANGUAGES = [
  { code: "en", tag: "en-GB", messages: en },
  { code: "zh", tag: "zh-Hans-CN", messages: zh },
] as const;

const PUBLIC_PAGES = [
  "/",
  "/?accountDeleted=1",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password?token=not-a-real-token",
  "/reset-password",
  "/unsubscribe?token=not-a-real-token",
  "/unsubscribe",
  "/account/confirm-email?token=not-a-real-token",
  "/no-such-page",
];

const privatePages = (caseId: string) => [
  "/",
  "/cases",
  "/cases?status=OPEN&q=nothing-matches-this",
  "/cases/new",
  `/cases/${caseId}`,
  `/cases/${caseId}/edit`,
  "/cases/no-such-case",
  "/account",
  "/account/calendar",
  "/account/data",
  "/account/confirm-email?token=not-a-real-token",
  "/no-such-page",
];

async function checkPage(page: Page, path: string, languageTag: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", languageTag);
  await expectAccessible(page, path);
}

/** Errors the page itself logs (a missing message, a failed hydration); a 404 page's own status is not one. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

for (const language of LANGUAGES) {
  test(`signed-out pages pass axe in ${language.code}`, async ({ browser }) => {
    // axe on every page is CPU-bound in the browser: on a busy 2-core machine these took up to 2 min.
    test.setTimeout(300_000);
    const context = await browser.newContext({ locale: language.code === "zh" ? "zh-CN" : "en-GB" });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    for (const path of PUBLIC_PAGES) await checkPage(page, path, language.tag);
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`signed-in pages pass axe in ${language.code}`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors = collectConsoleErrors(page);
    const user = await seedUser({ locale: "en" });
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(HOME);
    const caseId = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: `a11y ${language.code}` });
    if (language.code !== "en") {
      await page.getByRole("button", { name: /中文/ }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", language.tag);
    }
    for (const path of privatePages(caseId)) await checkPage(page, path, language.tag);

    // The case page in its other states: the What-to-say dialog open, then waiting with its reminders.
    const { cases, whatToSay } = language.messages;
    await page.goto(`/cases/${caseId}`);
    await page.getByRole("button", { name: whatToSay.title }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, `/cases/${caseId} (what to say)`);
    await page.getByRole("dialog").getByRole("button", { name: whatToSay.close }).click();
    await waitByHand(page, "1", language.messages);
    await checkPage(page, `/cases/${caseId}`, language.tag);
    await checkPage(page, "/", language.tag);

    // With proof kept (in the list and on the timeline), then closed.
    const uploaded = await page.request.post(`/api/cases/${caseId}/receipts`, {
      headers: { origin: `http://localhost:${E2E_PORT}`, "x-file-name": "proof.pdf" },
      data: await pdf(1),
    });
    expect(uploaded.status()).toBe(201);
    await checkPage(page, `/cases/${caseId}`, language.tag);
    await openOtherActions(page, language.messages);
    await page.getByRole("button", { name: cases.statusPanel.markDone, exact: true }).click();
    await expect(page.getByText(cases.status.DONE, { exact: true }).first()).toBeVisible();
    await checkPage(page, `/cases/${caseId}`, language.tag);
    expect(errors).toEqual([]);
  });
}

test("a keyboard alone can skip to the content and sign in", async ({ page }) => {
  const user = await seedUser();
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: en.common.skipToContent });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  await page.getByLabel(en.auth.email).focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(en.auth.password)).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(HOME);
});

test("the check itself finds an unlabelled field and faint text", async ({ page }) => {
  await page.setContent(
    `<html lang="en"><body><main><h1>Form</h1><input type="text"><p style="color:#c8c8c8;background:#fff">Faint</p></main></body></html>`,
  );
  const found = await seriousViolations(page, "broken");
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^broken: label /), expect.stringMatching(/^broken: color-contrast /)]));
});
