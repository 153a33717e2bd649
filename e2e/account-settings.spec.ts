import { expect, HOME, signIn, test, uniqueEmail, waitForMail } from "./support/fixtures";

// The settings are used on phones first: the narrowest common screen.
test.use({ viewport: { width: 360, height: 740 } });

test("the language chosen in settings is the page's language, and nothing is wider than the phone", async ({
  page,
  signedInUser: _signedIn,
}) => {
  await page.goto("/account");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Signing out is on the first screen of a phone, where the header has no room for it.
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeInViewport();
  // Each section saves on its own: outlined buttons, so no screen of the page has two filled ones.
  await expect(page.getByRole("button", { name: "Save time zone" })).not.toHaveClass(/bg-brand-700/);
  expect(await page.locator("main button.bg-brand-700, main label.bg-brand-700").count()).toBeLessThanOrEqual(1);

  // A time zone saved first: its message must not stay, in English, on the Chinese page.
  await page.getByLabel("Your time zone").selectOption("Asia/Bangkok");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status")).toContainText("Time zone saved");

  await page.getByLabel("Language of pages and emails").selectOption({ label: "中文" });
  await page.getByRole("button", { name: "Save language" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "账户" })).toBeVisible();
  // Each box shows what is saved, not what it was first drawn with.
  await expect(page.getByLabel("网页和邮件使用的语言")).toHaveValue("zh");
  await expect(page.getByLabel("您的时区")).toHaveValue("Asia/Bangkok");
  await expect(page.getByText("Time zone saved")).toHaveCount(0);
  // The answer took the focus of the button the redrawn form replaced.
  await expect(page.getByRole("status")).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans-CN");
  await expect(page.getByRole("button", { name: "保存时区" })).toBeVisible();
  await page.goto("/cases");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans-CN");
});

test("the time zone is saved to the account", async ({ page, signedInUser: _signedIn }) => {
  await page.goto("/account");
  const zone = page.getByLabel("Your time zone");
  await expect(zone).toHaveValue("Asia/Phnom_Penh");

  await zone.selectOption("Europe/London");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status")).toContainText("Time zone saved");
  await expect(zone).toHaveValue("Europe/London");

  await page.reload();
  await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/London");
});

test("changing the email: a link to the new address, confirmed signed out, then signing in with it", async ({
  page,
  browser,
  signedInUser,
}) => {
  const newEmail = uniqueEmail("moved");
  await page.goto("/account");

  await page.getByLabel("New email address").fill(signedInUser.email);
  await page.getByLabel("Your password").fill(signedInUser.password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("That is already your email address.")).toBeVisible();

  await page.getByLabel("New email address").fill(newEmail);
  await page.getByLabel("Your password").fill(signedInUser.password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);

  const mail = await waitForMail(newEmail, { subject: "Confirm your new Simcase email address" });
  const link = /http:\/\/\S+\/account\/confirm-email\?token=\S+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();

  // Opened on another device, signed out: the link alone is enough, and opening it changes nothing yet.
  const elsewhere = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const confirmPage = await elsewhere.newPage();
  await confirmPage.goto(link!);
  await expect(confirmPage.getByRole("heading", { name: "Confirm your new email address" })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`You sign in with ${signedInUser.email}.`)).toBeVisible();

  await confirmPage.getByRole("button", { name: "Confirm new email" }).click();
  await expect(confirmPage.getByRole("status")).toContainText(`you now sign in with ${newEmail}`);
  await expect(confirmPage.getByRole("heading", { level: 1, name: "New address confirmed" })).toBeVisible();
  await confirmPage.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await signIn(confirmPage, newEmail, signedInUser.password);
  await expect(confirmPage).toHaveURL(HOME);

  // The link works once.
  await confirmPage.goto(link!);
  await confirmPage.getByRole("button", { name: "Confirm new email" }).click();
  await expect(confirmPage.locator("form").getByRole("alert")).toContainText("This link is not valid or has expired");
  // A used link will not work on a second press: the way on takes the button's place.
  await expect(confirmPage.locator("form").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(confirmPage.getByRole("button", { name: "Confirm new email" })).toHaveCount(0);
  await elsewhere.close();
});

test("signing out of all devices signs out the other device too", async ({ page, browser, signedInUser }) => {
  const otherDevice = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, signedInUser.email, signedInUser.password);
  await expect(otherPage).toHaveURL(HOME);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);

  await otherPage.goto("/cases");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherDevice.close();
});
