import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { en } from "./support/messages";

// While a form sends again, the last answer's errors step aside: left in sight
// beside "Creating your account…", they read as the answer to the new try.

/** Holds the next POST to the page until the returned function is called. */
async function holdNextPost(page: Page, path: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(`**${path}`, async (route) => {
    if (held || route.request().method() !== "POST") return route.fallback();
    held = true;
    await released;
    return route.fallback();
  });
  return release;
}

test("sign-up hides the last answer's errors while it sends again, and shows them again if they still hold", async ({ page }) => {
  const email = uniqueEmail("pending");
  const pendingButton = page.getByRole("button", { name: en.auth.signingUp });
  const tooShort = page.getByText(en.errors.auth.passwordTooShort);
  await page.goto("/sign-up");
  await page.getByLabel(en.auth.email).fill(email);
  await page.getByLabel(en.auth.password).fill("short");
  await page.getByRole("button", { name: en.auth.signUpButton }).click();
  await expect(tooShort).toBeVisible();

  // A field's error: gone while the same mistake is sent again, back with the answer.
  let release = await holdNextPost(page, "/sign-up");
  await page.getByLabel(en.auth.password).fill("short");
  await page.getByRole("button", { name: en.auth.signUpButton }).click();
  await expect(pendingButton).toBeVisible();
  await expect(tooShort).toBeHidden();
  release();
  await expect(tooShort).toBeVisible();

  // The form's own error (no answer came; the password to type again): gone while the next try is on its way.
  const notSent = page.getByRole("alert").filter({ hasText: en.formErrors.notSentPassword });
  await page.route("**/sign-up", (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
  await page.getByLabel(en.auth.password).fill("a much longer password 123");
  await page.getByRole("button", { name: en.auth.signUpButton }).click();
  await expect(notSent).toBeVisible();
  await page.unroute("**/sign-up");
  release = await holdNextPost(page, "/sign-up");
  await page.getByLabel(en.auth.password).fill("a much longer password 123");
  await page.getByRole("button", { name: en.auth.signUpButton }).click();
  await expect(pendingButton).toBeVisible();
  await expect(notSent).toBeHidden();
  release();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
});
