import { expect, test, uniqueEmail } from "./support/fixtures";
import { en } from "./support/messages";

// "Forgot your password?" on the sign-in form takes the address typed there
// along, so it is not typed twice on a phone; never the password.

test("the address typed on sign-in is filled in on the forgot-password form, the password is not carried", async ({ page }) => {
  const email = uniqueEmail("forgot");
  const password = "not-in-any-url-42";
  await page.goto("/sign-in");
  await page.getByLabel(en.auth.email).fill(email);
  await page.getByLabel(en.auth.password).fill(password);
  await page.getByRole("link", { name: en.auth.forgotLink }).click();

  await expect(page.getByRole("heading", { name: en.auth.forgotTitle })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/forgot-password" && url.searchParams.get("email") === email);
  expect(page.url()).not.toContain(password);
  await expect(page.getByLabel(en.auth.email)).toHaveValue(email);
});

test("an address the browser filled in without a change event is carried too", async ({ page }) => {
  const email = uniqueEmail("autofill");
  await page.goto("/sign-in");
  // Wait for the page's script, then set the value as autofill can: no input or change event.
  await page.getByLabel(en.auth.email).fill("typed@example.com");
  await page.getByLabel(en.auth.email).evaluate((input: HTMLInputElement, value) => (input.value = value), email);
  await page.getByRole("link", { name: en.auth.forgotLink }).click();

  await expect(page.getByRole("heading", { name: en.auth.forgotTitle })).toBeVisible();
  await expect(page.getByLabel(en.auth.email)).toHaveValue(email);
});
