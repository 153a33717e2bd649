import { E2E_PORT } from "./support/paths";
import { openAllReminders, waitByHand } from "./support/case-page";
import { expect, openCase, test, waitForMail } from "./support/fixtures";
import { loseNextAnswer } from "./support/lost-answer";
import { en } from "./support/messages";

test("a waiting case emails a reminder when the clock moves; its links open the case and unsubscribe", async ({
  page,
  request,
  signedInUser,
}) => {
  await openCase(page, {
    operator: "Metfone",
    phone: "097 555 1234",
    nickname: "Reminder test SIM",
  });
  const caseUrl = page.url();

  await waitByHand(page, "1");
  const reminders = await openAllReminders(page);
  await expect(reminders.getByText("Check for the operator's answer")).toBeVisible();
  await expect(reminders.getByText(/^Upcoming · /).first()).toBeVisible();

  const origin = `http://localhost:${E2E_PORT}`;
  const moved = await request.post("/api/test/clock", { headers: { origin }, data: { advanceHours: 48 } });
  expect(moved.status()).toBe(200);

  const mail = await waitForMail(signedInUser.email, { subject: "Check for Metfone's answer: Reminder test SIM" });
  const text = mail.text.replace(/\s+/g, " ");
  expect(text).toContain("+855 •• ••• 1234");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  const caseLink = /https?:\/\/\S+\/cases\/[\w-]+/.exec(mail.text)?.[0];
  expect(caseLink).toBe(caseUrl);
  await page.goto(caseLink!);
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("Reminder emailed: check for the answer")).toBeVisible();
  await expect((await openAllReminders(page)).getByText(/^Sent · /)).toBeVisible();

  const unsubscribe = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail.text)?.[0];
  expect(unsubscribe).toBeDefined();
  await page.goto(unsubscribe!);
  await page.getByRole("button", { name: "Stop reminder emails" }).click();
  await expect(page.getByRole("status")).toContainText("you will get no more reminder emails");
  // The heading no longer asks.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.unsubscribe.doneTitle);
  // The way back to the setting, a tap away.
  await expect(page.getByRole("link", { name: en.unsubscribe.settingsLink })).toHaveAttribute("href", "/account");

  await page.goto("/account");
  await expect(page.getByLabel("Email me reminders while a case waits for the operator")).not.toBeChecked();
});

// The answer is lost after the server held the reminders: the same tap again
// must not hold them a second time (decision 031).
test("a snooze whose answer was lost, tapped again, holds the reminders once", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "Metfone", phone: "097 555 4321", nickname: "Snoozed twice" });
  await waitByHand(page, "3");
  await openAllReminders(page);
  const reminders = page.locator("section[aria-labelledby=reminders-heading]");
  await loseNextAnswer(page, page.url());
  await reminders.getByRole("button", { name: en.reminders.oneDay, exact: true }).click();
  await expect(reminders.getByText(en.formErrors.notSent)).toBeVisible();
  await reminders.getByRole("button", { name: en.reminders.oneDay, exact: true }).click();
  await expect(reminders.getByText(en.reminders.snoozed)).toBeVisible();

  await page.reload();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(en.timeline.events.REMINDERS_SNOOZED, { exact: true })).toHaveCount(1);
});

test("the one-click unsubscribe refuses a forged link", async ({ request }) => {
  const response = await request.post("/api/unsubscribe?token=someone.forged");
  expect(response.status()).toBe(400);
});
