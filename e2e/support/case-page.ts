import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { en } from "./messages";

type Messages = typeof en;

/** The case page's "Now" card. */
export function nowCard(page: Page) {
  return page.locator("section[aria-labelledby=now-heading]");
}

/** Opens "Other actions" (the status changes the Now card does not offer), unless it is open already. */
export async function openOtherActions(page: Page, m: Messages = en) {
  const more = page.locator("details").filter({ has: page.getByText(m.casePage.more, { exact: true }) });
  if ((await more.getAttribute("open")) === null) await more.locator("summary").first().click();
}

/** Starts (or changes) the wait by hand, from "Other actions". */
export async function waitByHand(page: Page, days: string, m: Messages = en) {
  await openOtherActions(page, m);
  await page.getByLabel(m.cases.statusPanel.reviewTakes).selectOption(days);
  await page.getByLabel(m.cases.statusPanel.counting).selectOption("CALENDAR");
  await page.getByRole("button", { name: m.cases.statusPanel.wait }).click();
  await expect(page.getByText(m.cases.status.WAITING_FOR_OPERATOR, { exact: true }).first()).toBeVisible();
}

/** Marks the Now card's step done (with a note when given) and waits for the next card. */
export async function markCurrentDone(page: Page, m: Messages = en, note?: string) {
  const card = nowCard(page);
  const before = await page.locator("#now-heading").textContent();
  if (note) {
    // A step that asks for a reference number shows its note field; the others fold it.
    const reference = card.getByLabel(m.casePage.now.referenceLabel);
    if ((await reference.count()) === 0) await card.getByText(m.casePage.now.addNote, { exact: true }).click();
    await (reference.or(card.getByLabel(m.casePage.now.noteLabel))).fill(note);
  }
  await card.getByRole("button", { name: new RegExp(`^(${m.casePage.now.markDone}|${m.casePage.now.handoverDone})$`) }).click();
  await expect(page.locator("#now-heading")).not.toHaveText(before ?? "");
}

/** The reminders of the case, behind "All reminders". */
export async function openAllReminders(page: Page, m: Messages = en) {
  const prefix = m.casePage.allReminders.split("{count}")[0]!.replace(/[(（]$/, "");
  await page.locator("summary").filter({ hasText: prefix }).click();
  return page.getByRole("list", { name: m.reminders.listLabel });
}

/** Opens a row of the task list (its how-to, forms and edit). */
export async function openTask(page: Page, name: RegExp) {
  const row = page.getByRole("listitem", { name });
  await row.locator("summary").first().click();
  return row;
}
