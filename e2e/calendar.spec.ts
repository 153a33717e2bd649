import { readFile } from "node:fs/promises";
import { request as apiRequest } from "@playwright/test";
import ICAL from "ical.js";
import { expect, openCase, test } from "./support/fixtures";
import { E2E_PORT } from "./support/paths";
import { waitByHand } from "./support/case-page";

function parseEvents(text: string) {
  return ICAL.Component.fromString(text)
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent));
}

test("a private calendar link lists the expected answer; a new link turns the old one off", async ({ page, signedInUser: _signedIn }) => {
  const caseId = await openCase(page, {
    operator: "Metfone",
    phone: "097 555 4321",
    nickname: "Calendar test SIM",
  });
  await waitByHand(page, "1");

  await page.goto("/account/calendar");
  await expect(page.getByText("You have no calendar link.")).toBeVisible();
  await page.getByRole("button", { name: "Create my calendar link" }).click();
  const field = page.getByLabel("Your calendar link");
  await expect(field).toHaveValue(/\/api\/calendar\/[\w-]{43}\.ics$/);
  const feedUrl = await field.inputValue();
  await expect(page.getByRole("link", { name: "Subscribe in my calendar app" })).toHaveAttribute(
    "href",
    feedUrl.replace(/^https?:/, "webcal:"),
  );

  // A calendar app has no cookie: the link alone must be enough.
  const anonymous = await apiRequest.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  try {
    const response = await anonymous.get(feedUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const expected = parseEvents(await response.text()).find((event) => event.uid === `case-${caseId}-expected@simcase`);
    expect(expected).toBeDefined();
    expect(expected!.summary).toBe("Metfone’s answer due: Calendar test SIM");
    // 18:00 in Phnom Penh, written in UTC.
    expect(expected!.startDate.toString()).toMatch(/T11:00:00Z$/);
    expect(expected!.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now() - 86_400_000);

    // The link is shown once: after a reload only its date is left.
    await page.reload();
    await expect(page.getByLabel("Your calendar link")).toHaveCount(0);
    await expect(page.getByText(/Your calendar link is on\./)).toBeVisible();

    await page.getByRole("button", { name: "Make a new link" }).click();
    await expect(page.getByLabel("Your calendar link")).not.toHaveValue(feedUrl);
    await expect(page.getByLabel("Your calendar link")).toHaveValue(/\/api\/calendar\/[\w-]{43}\.ics$/);
    const newUrl = await page.getByLabel("Your calendar link").inputValue();
    expect((await anonymous.get(feedUrl)).status()).toBe(404);
    expect((await anonymous.get(newUrl)).status()).toBe(200);

    await page.getByRole("button", { name: "Turn off the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The link is turned off." })).toBeVisible();
    await expect(page.getByText("You have no calendar link.")).toBeVisible();
    expect((await anonymous.get(newUrl)).status()).toBe(404);

    // The one-case file needs the owner's session.
    expect((await anonymous.get(`/api/cases/${caseId}/calendar`, { maxRedirects: 0 })).status()).not.toBe(200);
  } finally {
    await anonymous.dispose();
  }

  // From the case page, as a user would.
  await page.goto(`/cases/${caseId}`);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to my calendar" }).click()]);
  expect(file.suggestedFilename()).toBe("simcase-Calendar test SIM.ics");
  const uids = parseEvents(await readFile(await file.path(), "utf8")).map((event) => event.uid);
  expect(uids).toContain(`case-${caseId}-expected@simcase`);
  expect(uids).toContain(`case-${caseId}-reminder-0@simcase`);

  const response = await page.request.get(`/api/cases/${caseId}/calendar`);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["content-disposition"]).toContain('attachment; filename="simcase-Calendar test SIM.ics"');
});
