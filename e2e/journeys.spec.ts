import type { Browser } from "@playwright/test";
import { en, zh } from "./support/messages";
import { expect, HOME, seedUser, signIn, test, uniqueEmail, waitForMail } from "./support/fixtures";

// The service worker in the path, as on a phone (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

// The main journeys, run on a 360 px phone and on a desktop screen, in Chinese and in English.

async function visitor(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

test("a Chinese-speaking visitor signs up, opens a Smart case in Chinese and finds it on the dashboard", async ({ browser }) => {
  const { context, page } = await visitor(browser, "zh-CN");
  const email = uniqueEmail("zh");
  const password = "一个足够长的密码 123";

  // The browser asks for Chinese: the first visit is in Chinese.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans-CN");
  await expect(page.getByRole("heading", { level: 1, name: zh.landing.title })).toBeVisible();
  await page.getByRole("link", { name: zh.landing.start }).click();

  await page.getByLabel(zh.auth.email).fill(email);
  await page.getByLabel(zh.auth.password).fill(password);
  await page.getByRole("button", { name: zh.auth.signUpButton }).click();
  // Sign-up asks to confirm the address first; the link arrives in Chinese.
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await expect(page.getByText(`我们已向 ${email} 发送了一封邮件。`)).toBeVisible();
  const welcome = await waitForMail(email, { subject: zh.emails.verifyEmail.subject });
  const confirmLink = /http:\/\/\S+\/verify-email\?token=\S+/.exec(welcome.text)?.[0];
  expect(confirmLink).toBeDefined();
  await page.goto(confirmLink!);
  await page.getByRole("button", { name: zh.verifyEmail.submit }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel(zh.auth.email).fill(email);
  await page.getByLabel(zh.auth.password).fill(password);
  await page.getByRole("button", { name: zh.auth.signInButton }).click();
  await expect(page).toHaveURL(HOME);
  await expect(page.getByRole("heading", { level: 1, name: zh.dashboard.emptyTitle })).toBeVisible();

  await page.getByRole("link", { name: zh.dashboard.emptyButton }).click();
  await page.getByLabel(zh.cases.form.operator).selectOption("SMART");
  await page.getByLabel(zh.cases.form.phoneNumber).fill("012 345 678");
  await page.getByLabel(zh.cases.form.nickname).fill("机场旅游卡");
  await page.getByRole("button", { name: zh.cases.form.open }).click();
  await expect(page.getByRole("heading", { level: 1, name: "机场旅游卡" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: zh.procedures.smart["smart-call"].title })).toBeVisible();
  // The sentences to say on the hotline, in Khmer for the agent, one tap away.
  await page.getByRole("button", { name: zh.whatToSay.title }).first().click();
  await expect(page.getByRole("dialog").locator('[lang="km"]').filter({ hasText: zh.whatToSay.phrases.cancel.km })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: zh.whatToSay.close }).click();

  await page.getByRole("link", { name: zh.common.appName }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.dashboard.title })).toBeVisible();
  const needsYou = page.getByRole("region", { name: zh.dashboard.needsYou });
  await expect(needsYou.getByRole("link", { name: /机场旅游卡/ })).toBeVisible();
  await expect(needsYou).toContainText("个步骤待完成");
  await context.close();

  // The account remembers the language, whatever the next browser asks for.
  const english = await visitor(browser, "en-GB");
  await signIn(english.page, email, password);
  await expect(english.page).toHaveURL(HOME);
  await expect(english.page.locator("html")).toHaveAttribute("lang", "zh-Hans-CN");
  await expect(english.page.getByRole("heading", { level: 1, name: zh.dashboard.title })).toBeVisible();
  await english.context.close();
});

test("an English visitor switches language on any page; the choice follows them", async ({ browser }) => {
  const { context, page } = await visitor(browser, "en-GB");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: en.auth.signInTitle })).toBeVisible();

  await page.getByRole("button", { name: /中文/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.auth.signInTitle })).toBeVisible();
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { level: 1, name: zh.auth.forgotTitle })).toBeVisible();

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.auth.forgotTitle })).toBeVisible();
  await context.close();
});

test("a signed-in user switches to Chinese from the header, and the account keeps it", async ({ page, browser }) => {
  const user = await seedUser({ locale: "en" });
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(HOME);
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.emptyTitle })).toBeVisible();

  await page.getByRole("button", { name: /中文/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.dashboard.emptyTitle })).toBeVisible();
  await page.goto("/cases/new");
  await expect(page.getByLabel(zh.cases.form.operator)).toBeVisible();

  const other = await visitor(browser, "en-GB");
  await signIn(other.page, user.email, user.password);
  await expect(other.page.getByRole("heading", { level: 1, name: zh.dashboard.emptyTitle })).toBeVisible();
  await other.context.close();
});
