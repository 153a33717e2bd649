import { E2E_PORT } from "./support/paths";
import { openAllReminders, waitByHand } from "./support/case-page";
import { expect, openCase, test, waitForMail } from "./support/fixtures";

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

  await page.goto("/account");
  await expect(page.getByLabel("Email me reminders while a case waits for the operator")).not.toBeChecked();
});

test("the one-click unsubscribe refuses a forged link", async ({ request }) => {
  const response = await request.post("/api/unsubscribe?token=someone.forged");
  expect(response.status()).toBe(400);
});
