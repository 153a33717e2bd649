import type { Page } from "@playwright/test";
import { markCurrentDone } from "./support/case-page";
import { en, zh } from "./support/messages";
import { expect, seedUser, signIn, test } from "./support/fixtures";

// A case that cannot finish before the user leaves Cambodia says so, on the
// case page and the dashboard, with the route that still works from abroad.

type Messages = typeof en  ;

/** A day counted from today in Phnom Penh (the seeded users' zone), as YYYY-MM-DD. */
function phnomPenhDay(offsetDays: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Phnom_Penh" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function openCaseLeaving(page: Page, m: Messages, operator: string, nickname: string, leavingOn: string) {
  await page.goto("/cases/new");
  const form = m.cases.form;
  await page.getByLabel(form.operator).selectOption(operator);
  await page.getByLabel(form.phoneNumber).fill("012 345 678");
  await page.getByLabel(form.nickname).fill(nickname);
  await page.getByLabel(form.leavingOn).fill(leavingOn);
  await page.getByRole("button", { name: form.open }).click();
  await expect(page.getByRole("heading", { level: 1, name: nickname })).toBeVisible();
}

const shots = process.env.E2E_SCREENSHOTS;

const flightCard = (page: Page) => page.getByRole("region").filter({ has: page.locator("#flight-heading") });

test("[en] a CooTel case leaving tomorrow warns on the case page and the dashboard; one leaving in a month does not", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseLeaving(page, en, "COOTEL", "Tomorrow SIM", phnomPenhDay(1));
  const card = flightCard(page);
  await expect(card.getByRole("heading", { name: /This may not be finished before you leave on/ })).toBeVisible();
  await expect(card).toContainText("CooTel's usual review of 7 days");
  await expect(card).toContainText("This needs a visit to a CooTel store");
  // The one next action stays on the first screen, above the warning.
  await expect(page.locator("#now-heading")).toBeInViewport();
  if (shots) await page.screenshot({ path: `${shots}/flight-en-${page.viewportSize()?.width}.png` });
  // Handed in at the store: going early is past, following it up from abroad is what is left.
  for (let step = 0; step < 4; step += 1) await markCurrentDone(page, en);
  await expect(page.locator("#now-heading")).toHaveText("CooTel is reviewing your request");
  await expect(card).toContainText("Your request is with CooTel now.");
  await expect(card).not.toContainText("This needs a visit to a CooTel store");

  await page.goto("/");
  const row = page.getByRole("link", { name: /Tomorrow SIM/ });
  await expect(row).toContainText("May not be finished before you leave on");

  await openCaseLeaving(page, en, "METFONE", "Next month SIM", phnomPenhDay(30));
  await expect(page.locator("#flight-heading")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Next month SIM/ })).not.toContainText("May not be finished");
});

test("[zh] a Smart case leaving today says so in Chinese and points to the hotline, which answers from abroad", async ({ page }) => {
  const user = await seedUser({ locale: "zh" });
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseLeaving(page, zh, "SMART", "今天的卡", phnomPenhDay(0));
  const card = flightCard(page);
  await expect(card.getByRole("heading", { name: "您今天就要离开：可能来不及办完" })).toBeVisible();
  await expect(card).toContainText("Smart 客服热线 123 在国外也能拨打");
  if (shots) await page.screenshot({ path: `${shots}/flight-zh-${page.viewportSize()?.width}.png`, fullPage: true });
});
