import type { Locator, Page } from "@playwright/test";
import { openOtherActions } from "./support/case-page";
import { expect, openCase, test, uniqueEmail } from "./support/fixtures";
import { en } from "./support/messages";

// The signal drops as the form is sent. Every form says it did not go through,
// in the alert at its top, and keeps what was chosen: a box ticked, an option
// picked (React resets a form after its action, to what it was drawn with).

/** The next POST to this page never reaches the server. */
async function dropNextSubmit(page: Page) {
  const url = page.url();
  let dropped = false;
  await page.route(url, (route) => {
    if (route.request().method() !== "POST" || dropped) return route.fallback();
    dropped = true;
    return route.abort("internetdisconnected");
  });
}

const notSent = (scope: Page | Locator) => scope.getByRole("alert").filter({ hasText: en.formErrors.notSent });

test("forgot-password says a request did not go through, and keeps the address", async ({ page }) => {
  const email = uniqueEmail("not-sent");
  await page.goto("/forgot-password");
  await page.getByLabel(en.auth.email).fill(email);
  await dropNextSubmit(page);
  await page.getByRole("button", { name: en.auth.forgotButton }).click();
  await expect(notSent(page)).toBeVisible();
  await expect(page.getByLabel(en.auth.email)).toHaveValue(email);
  await page.getByRole("button", { name: en.auth.forgotButton }).click();
  await expect(page.getByRole("status")).toBeVisible();
});

test("sign-in that did not go through keeps the address and says the password must be typed again", async ({ page }) => {
  const email = uniqueEmail("not-sent");
  await page.goto("/sign-in");
  await page.getByLabel(en.auth.email).fill(email);
  await page.getByLabel(en.auth.password, { exact: true }).fill("a password typed");
  await dropNextSubmit(page);
  await page.getByRole("button", { name: en.auth.signInButton }).click();
  await expect(page.getByRole("alert").filter({ hasText: en.formErrors.notSentPassword })).toBeVisible();
  await expect(page.getByLabel(en.auth.email)).toHaveValue(email);
  await expect(page.getByLabel(en.auth.password, { exact: true })).toHaveValue("");
});

test("the account's language, time zone and reminder settings keep the choice made when the save did not go through", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await page.goto("/account");
  const box = page.getByLabel(en.account.reminders.label);
  const language = page.getByLabel(en.account.language.label);
  const zone = page.getByLabel(en.account.timeZone.label);
  await expect(box).toBeChecked();
  for (const { field, change, save, kept } of [
    { field: box, change: () => box.uncheck(), save: en.account.reminders.save, kept: () => expect(box).not.toBeChecked() },
    { field: language, change: () => language.selectOption("zh"), save: en.account.language.save, kept: () => expect(language).toHaveValue("zh") },
    { field: zone, change: () => zone.selectOption("Asia/Bangkok"), save: en.account.timeZone.save, kept: () => expect(zone).toHaveValue("Asia/Bangkok") },
  ]) {
    await change();
    await dropNextSubmit(page);
    await page.getByRole("button", { name: save }).click();
    await expect(notSent(page.locator("form").filter({ has: field }))).toBeVisible();
    await kept();
  }
  // Nothing was saved: the page reloaded shows the account as it was.
  await page.reload();
  await expect(box).toBeChecked();
  await expect(language).toHaveValue("en");
  await expect(zone).toHaveValue("Asia/Phnom_Penh");
});

test("a case's confirmation box stays ticked when marking it done did not go through", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "Smart", phone: "012 345 111", nickname: "Box kept" });
  await openOtherActions(page);
  const noProof = page.getByLabel(en.cases.statusPanel.noProof);
  await noProof.check();
  await dropNextSubmit(page);
  await page.getByRole("button", { name: en.cases.statusPanel.markDone, exact: true }).click();
  await expect(notSent(page)).toBeVisible();
  await expect(noProof).toBeChecked();
  await page.getByRole("button", { name: en.cases.statusPanel.markDone, exact: true }).click();
  await expect(page.getByRole("heading", { name: en.casePage.summary.doneTitle })).toBeVisible();
});
