import { en, zh } from "./support/messages";
import { expect, formAlert, HOME, seedUser, signIn, test, uniqueEmail, waitForMail } from "./support/fixtures";

test("sign up, sign out, come back, forget the password and reset it by email", async ({ page, context }) => {
  const email = uniqueEmail("journey");
  const firstPassword = "first password 123";
  const newPassword = "second password 456";

  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`  ${email.toUpperCase()} `);
  await page.getByLabel("Password").fill(firstPassword);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await expect(page.getByRole("heading", { level: 1, name: en.verifyEmail.sentTitle })).toBeVisible();
  // The address as it was understood, so a typo can be seen; it came in a cookie, not in the URL.
  await expect(page.getByText(`We sent a message to ${email}.`)).toBeVisible();
  const remembered = (await context.cookies()).find((cookie) => cookie.name === "simcase-sign-up-address");
  expect(remembered).toMatchObject({ httpOnly: true, path: "/sign-up", sameSite: "Strict" });
  expect(remembered!.expires * 1000 - Date.now()).toBeLessThan(11 * 60_000);
  const welcome = await waitForMail(email, { subject: en.emails.verifyEmail.subject });
  const confirmLink = /http:\/\/\S+\/verify-email\?token=\S+/.exec(welcome.text)?.[0];
  expect(confirmLink).toBeDefined();

  // Signed in before confirming: the dashboard says why no reminder will come.
  await signIn(page, email, firstPassword);
  await expect(page).toHaveURL(HOME);
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.emptyTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: en.verifyEmail.noticeTitle })).toBeVisible();
  await page.goto(confirmLink!);
  await page.getByRole("button", { name: en.verifyEmail.submit }).click();
  await expect(page.getByRole("status")).toContainText(`${email} is confirmed`);
  await expect(page.getByRole("heading", { level: 1, name: en.verifyEmail.doneTitle })).toBeVisible();
  // Once done, the page no longer asks to press the button.
  await expect(page.getByText(en.verifyEmail.intro)).toBeHidden();
  await page.getByRole("link", { name: en.verifyEmail.toHome }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.emptyTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: en.verifyEmail.noticeTitle })).toBeHidden();

  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();

  // On a phone, signing out lives in Account.
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("button", { name: en.account.signOut.thisDevice }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The old cookie was revoked server-side: replaying it gets nothing.
  await context.addCookies([session!]);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcases$/);
  // The page says why signing in comes first; a case's link says it is the case that opens after.
  await expect(page.getByText(en.auth.signInToContinue)).toBeVisible();
  await page.goto("/cases/some-case-id");
  await expect(page.getByText(en.auth.signInForCase)).toBeVisible();
  await context.clearCookies();

  // Protected page without any cookie redirects too.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);

  await signIn(page, email, "not my password");
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");
  await signIn(page, uniqueEmail("nobody"), "not my password");
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${email} has an account, we sent it a link`);
  // The address stays, to check for a typo; sending again is offered, no longer the one thing to press.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByRole("button", { name: "Send again" })).not.toHaveClass(/bg-brand-700/);

  const mail = await waitForMail(email, { subject: "Reset your Simcase password" });
  const link = /http:\/\/\S+\/reset-password\?token=\S+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();

  // The same link left open in another tab: it will be dead by the time that form is sent.
  const otherTab = await context.newPage();
  await otherTab.goto(link!);
  await expect(otherTab.getByLabel("New password")).toBeVisible();

  await page.goto(link!);
  await expect(page).toHaveTitle(`${en.auth.resetTitle} · Simcase`);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);

  // Sent after all, the other tab's form gives way to the one thing that helps: a new link.
  await otherTab.getByLabel("New password").fill("third password 789");
  await otherTab.getByRole("button", { name: "Set new password" }).click();
  await expect(otherTab.getByRole("heading", { level: 1, name: en.auth.resetDeadTitle })).toBeVisible();
  await expect(otherTab.getByText(en.auth.resetDeadBody)).toBeVisible();
  await expect(otherTab.getByLabel("New password")).toBeHidden();
  await expect(otherTab.getByRole("link", { name: en.auth.resetDeadAction })).toHaveAttribute("href", "/forgot-password");
  await otherTab.close();

  await signIn(page, email, firstPassword);
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(HOME);

  // The link worked once: opened again, it says so before asking for anything, and leads to a new one.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: en.auth.resetDeadTitle })).toBeVisible();
  await expect(page).toHaveTitle(`${en.auth.resetDeadTitle} · Simcase`);
  await expect(page.getByText(en.auth.resetDeadBody)).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.getByRole("link", { name: en.auth.resetDeadAction }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
});

test("a reset link that was never sent says so in Chinese, with the way to a new one", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`/reset-password?token=${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: zh.auth.resetDeadTitle })).toBeVisible();
  await expect(page.getByText(zh.auth.resetDeadBody)).toBeVisible();
  await expect(page.getByLabel(zh.auth.newPassword)).toHaveCount(0);
  await page.getByRole("link", { name: zh.auth.resetDeadAction }).click();
  await expect(page.getByRole("heading", { name: zh.auth.forgotTitle })).toBeVisible();
  await context.close();
});

test("the reset form answers the same for an address with no account", async ({ page }) => {
  await page.goto("/forgot-password");
  const nobody = uniqueEmail("nobody");
  await page.getByLabel("Email").fill(nobody);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${nobody} has an account, we sent it a link`);
});

test("sign-up with a taken email looks like any sign-up, and its owner is told by email; bad input is explained", async ({ page, user }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(user.email.toUpperCase());
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await expect(page.getByRole("heading", { level: 1, name: en.verifyEmail.sentTitle })).toBeVisible();
  // Named like any new address: nothing on the page tells that it had an account.
  await expect(page.getByText(`We sent a message to ${user.email}.`)).toBeVisible();
  const notice = await waitForMail(user.email, { subject: en.emails.signUpAttempt.subject });
  expect(notice.text).toMatch(/\/forgot-password/);

  // A typo is corrected from there: the form comes back with the address to fix.
  await page.getByRole("link", { name: "Correct it and sign up again" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  const corrected = uniqueEmail("corrected");
  await page.getByLabel("Email").fill(corrected);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`We sent a message to ${corrected}.`)).toBeVisible();
  await waitForMail(corrected, { subject: en.emails.verifyEmail.subject });

  await page.goto("/sign-up");

  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
});

test("an unconfirmed user sees why on the dashboard and the case page, in Chinese too, and can send the link again", async ({ page }) => {
  const user = await seedUser({ verified: false, locale: "zh" });
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(HOME);
  const notice = page.getByRole("region", { name: zh.verifyEmail.noticeTitle });
  await expect(notice).toContainText(user.email);
  await notice.getByRole("button", { name: zh.verifyEmail.resend }).click();
  await expect(notice.getByRole("status")).toContainText("已发送");
  await waitForMail(user.email, { subject: zh.emails.verifyEmail.subject });
  await page.goto("/cases/new");
  await page.getByLabel("运营商").selectOption({ label: "Smart" });
  await page.getByLabel("手机号码").fill("012 345 678");
  await page.getByRole("button", { name: "新建注销记录" }).click();
  await expect(page).toHaveURL(/\/cases\/[^/]+$/);
  await expect(page.getByRole("region", { name: zh.verifyEmail.noticeTitle })).toBeVisible();
});

test("repeated failed sign-ins are throttled with a clear wait", async ({ page, user }) => {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await signIn(page, user.email, `wrong ${attempt}`);
    await expect(formAlert(page)).toHaveText("Incorrect email or password.");
  }
  await signIn(page, user.email, user.password);
  await expect(formAlert(page)).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
});

test("change password signs out the other devices", async ({ page, browser, signedInUser }) => {
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, signedInUser.email, signedInUser.password);
  await expect(otherPage).toHaveURL(HOME);

  await page.goto("/account");
  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password").fill("my new password 1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();
  // Only the refused field is emptied: the new password typed is still there.
  await expect(page.getByLabel("Current password")).toHaveValue("");
  await expect(page.getByLabel("New password")).toHaveValue("my new password 1");

  await page.getByLabel("Current password").fill(signedInUser.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Password changed");
  await expect(page.getByLabel("New password")).toHaveValue("");

  // This device stays signed in; the other one is out.
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/cases$/);
  await otherPage.goto("/cases");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherDevice.close();
});

test("[zh] an address whose mail server refused a reminder is named on the dashboard and the account page, with the way to change it", async ({ page, browser }) => {
  const user = await seedUser({ locale: "zh", emailRefused: true });
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  const notice = page.getByRole("region", { name: zh.emailRefused.title });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(user.email);
  await expect(notice).toContainText("请在账户设置中检查邮箱地址");
  await notice.getByRole("link", { name: zh.emailRefused.link }).click();
  await expect(page).toHaveURL(/\/account#email$/);
  // On the account page it points below, not to the page it is on.
  const here = page.getByRole("region", { name: zh.emailRefused.title });
  await expect(here).toContainText("请在下方检查邮箱地址");
  await expect(here).not.toContainText("账户设置");

  // Another account, whose mail arrives: no such notice.
  const other = await seedUser({ locale: "zh" });
  const context = await browser.newContext();
  const otherPage = await context.newPage();
  await signIn(otherPage, other.email, other.password);
  await otherPage.waitForURL((url) => url.pathname === "/");
  await expect(otherPage.getByRole("region", { name: zh.emailRefused.title })).toHaveCount(0);
  await context.close();
});
