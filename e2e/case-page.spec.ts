import type { Locator, Page } from "@playwright/test";
import { en, zh } from "./support/messages";
import { markCurrentDone, nowCard, openOtherActions, waitByHand } from "./support/case-page";
import { expect, seedUser, signIn, test } from "./support/fixtures";
import { jpeg } from "../test/support/receipt-corpus";

// The case page guides: on the first screen of every open case the one primary
// action, on a closed one the summary; in both languages, on a phone and a desktop.

const LANGUAGES = [
  { code: "en", messages: en },
  { code: "zh", messages: zh },
] as const;
type Messages = (typeof LANGUAGES)[number]["messages"];

const shots = process.env.E2E_SCREENSHOTS;

async function openCaseAs(page: Page, m: Messages, operator: string, phone: string) {
  await page.goto("/cases/new");
  await page.getByLabel(m.cases.form.operator).selectOption(operator);
  await page.getByLabel(m.cases.form.phoneNumber).fill(phone);
  await page.getByRole("button", { name: m.cases.form.open }).click();
  await expect(page.getByRole("region", { name: m.casePage.now.eyebrow }).or(page.locator("#now-heading"))).toBeVisible();
}

async function otherAction(page: Page, m: Messages, name: string) {
  await openOtherActions(page, m);
  await page.getByRole("button", { name, exact: true }).click();
}

/** On the first screen, whole, without scrolling. */
async function onFirstScreen(page: Page, target: Locator, label: string, language: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(target).toBeInViewport({ ratio: 1 });
  if (shots) await page.screenshot({ path: `${shots}/${label}-${language}-${page.viewportSize()?.width}.png`, fullPage: label === "new" });
}

for (const { code, messages: m } of LANGUAGES) {
  test(`[${code}] a case of an operator we have no steps for starts with adding its first one, on the first screen`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/cases/new");
    await page.getByLabel(m.cases.form.operator).selectOption("OTHER");
    await page.getByLabel(m.cases.form.operatorName).fill("qMobile");
    await page.getByLabel(m.cases.form.phoneNumber).fill("012 999 888");
    await page.getByRole("button", { name: m.cases.form.open }).click();
    const add = nowCard(page).getByRole("button", { name: m.steps.addStepButton });
    await onFirstScreen(page, add, "other", code);
    // How to do it and what to have ready fold away; a title left empty is asked for, what was typed stays.
    await nowCard(page).getByText(m.steps.moreOptional, { exact: true }).click();
    await nowCard(page).getByLabel(m.steps.howToOptional).fill("Ask at the counter");
    await add.click();
    await expect(nowCard(page).getByText(m.errors.cases.stepTitleRequired)).toBeVisible();
    await expect(nowCard(page).getByLabel(m.steps.howToOptional)).toHaveValue("Ask at the counter");
    await nowCard(page).getByLabel(m.steps.title, { exact: true }).fill("Visit the qMobile shop");
    await add.click();
    await expect(page.locator("#now-heading")).toHaveText("Visit the qMobile shop");
  });
}

test("a case given up before its request went says nothing of how it went", async ({ page }) => {
  const m = en;
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, m, "SEATEL", "018 765 4321");
  await openOtherActions(page, m);
  await page.getByText(m.cases.statusPanel.giveUp, { exact: true }).click();
  await page.getByRole("button", { name: m.cases.statusPanel.giveUpConfirm }).click();
  const summary = page.getByRole("region", { name: m.casePage.summary.givenUpTitle });
  await expect(summary).toBeVisible();
  await expect(summary.getByText(m.casePage.summary.how, { exact: true })).toHaveCount(0);
});

for (const { code, messages: m } of LANGUAGES) {
  test(`[${code}] every state's first screen shows its one next action, or the summary`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");

    // New Smart case: the hotline as a real tel: link; the page stays short.
    await openCaseAs(page, m, "SMART", "012 345 678");
    const call = nowCard(page).getByRole("link", { name: m.casePage.links.call.replace("{target}", "123") });
    await expect(call).toHaveAttribute("href", "tel:123");
    await onFirstScreen(page, call, "new", code);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(code === "en" ? "Smart …5678" : "Smart 尾号 5678");
    // The tab says which case it is, so several open cases can be told apart.
    await expect(page).toHaveTitle(code === "en" ? "Smart …5678 · Simcase" : "Smart 尾号 5678 · Simcase");
    // The whole number too, under the title: the agent asks for it.
    await expect(page.getByText("Smart · +855 12 345 678", { exact: true })).toBeInViewport();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const viewport = page.viewportSize()!;
    // Two and a half screens, a line for the checklist the first step points to and one for the whole number.
    if (viewport.width <= 400) expect(height).toBeLessThanOrEqual(viewport.height * 2.5 + 64);
    // The first step points to the folded checklist; its link opens it.
    const checks = m.casePage.now.checklistFirst.replace("{done}", "0").replace("{total}", "4");
    await nowCard(page).getByRole("link", { name: checks }).click();
    await expect(page.getByText(m.procedures.checklist["check-balance"].title, { exact: true })).toBeInViewport();
    await expect(page.getByText(m.casePage.tasks.checklist, { exact: true })).toBeInViewport();
    // Ticking a check swaps its button for "Undo": focus stays on the row, which now says it is done.
    const balance = page.getByRole("listitem").filter({ has: page.getByText(m.procedures.checklist["check-balance"].title, { exact: true }) });
    await balance.locator("summary").first().click();
    await balance.getByRole("button", { name: m.steps.markDone, exact: true }).click();
    await expect(balance.getByRole("button", { name: m.steps.undo, exact: true })).toBeVisible();
    await expect(balance.locator("summary").first()).toBeFocused();
    await expect(balance.locator("summary").first()).toContainText(m.casePage.tasks.state.DONE);

    // In progress: the next step's "Mark done"; the new step's heading has the focus the pressed button had.
    await markCurrentDone(page, m);
    await expect(page.locator("#now-heading")).toBeFocused();
    await onFirstScreen(page, nowCard(page).getByRole("button", { name: m.casePage.now.markDone, exact: true }), "in-progress", code);

    // Needs action: the way to reach the operator.
    // Each change is awaited as a user would see it: a second tap while the first is in flight is another journey.
    await otherAction(page, m, m.cases.statusPanel.wait);
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.waitingTitle.replace("{operator}", "Smart"));
    await otherAction(page, m, m.cases.statusPanel.flagNeedsAction);
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.needsActionTitle.replace("{operator}", "Smart"));
    await onFirstScreen(page, nowCard(page).getByRole("link", { name: m.casePage.links.call.replace("{target}", "123") }), "needs-action", code);

    // Given up, asked twice: the summary, and reopening is secondary.
    await openOtherActions(page, m);
    await page.getByText(m.cases.statusPanel.giveUp, { exact: true }).click();
    await page.getByRole("button", { name: m.cases.statusPanel.giveUpConfirm }).click();
    await onFirstScreen(page, page.getByRole("heading", { name: m.casePage.summary.givenUpTitle }), "given-up", code);
    // Not proof of a cancellation: the record of the request.
    await expect(page.getByRole("link", { name: m.proofPack.downloadRecord })).toBeVisible();
    await expect(page.getByRole("link", { name: m.proofPack.download })).toHaveCount(0);
    await page.getByRole("button", { name: m.casePage.summary.reopen }).click();

    // Waiting: the handover starts it; the proof is the next thing to add.
    await openCaseAs(page, m, "METFONE", "097 123 4567");
    const site = nowCard(page).getByRole("link", { name: m.casePage.links.site.replace("{target}", "metfone.com.kh") });
    await expect(site).toHaveAttribute("href", "https://metfone.com.kh/");
    await markCurrentDone(page, m);
    await markCurrentDone(page, m);
    await markCurrentDone(page, m);
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.waitingTitle.replace("{operator}", "Metfone"));
    await onFirstScreen(page, nowCard(page).getByText(m.casePage.now.addConfirmation), "waiting", code);

    // Done: the summary with the closing date.
    await openOtherActions(page, m);
    await page.getByLabel(m.cases.statusPanel.noProof).check();
    await page.getByRole("button", { name: m.cases.statusPanel.markDone, exact: true }).click();
    await onFirstScreen(page, page.getByRole("heading", { name: m.casePage.summary.doneTitle }), "done", code);
    await expect(page.getByRole("button", { name: m.steps.markDone })).toHaveCount(0);
    // The steps left over are not "to do" on a closed case.
    await expect(page.locator("summary").getByText(m.casePage.tasks.state.TODO, { exact: true })).toHaveCount(0);
    await expect(page.locator("summary").getByText(m.casePage.tasks.state.closedTodo, { exact: true }).first()).toBeVisible();

    // My cases says when it was done, not only "closed", and in the reader's words.
    await page.goto("/cases");
    const doneOn = new RegExp(m.cases.item.doneOn.replace("{date}", ".+"));
    await expect(page.getByRole("listitem").filter({ hasText: "Metfone" }).first()).toContainText(doneOn);
  });
}

for (const { code, messages: m } of LANGUAGES) {
  test(`[${code}] a step of getting ready keeps "Mark done" first, with the store's map beside it`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");
    await openCaseAs(page, m, "SEATEL", "018 765 4321");
    await expect(page.locator("#now-heading")).toHaveText(m.procedures.store["store-prepare"].title);
    const done = nowCard(page).getByRole("button", { name: m.casePage.now.markDone, exact: true });
    const map = nowCard(page).getByRole("link", { name: m.casePage.links.map.replace("{target}", "Seatel") });
    await expect(map).toHaveAttribute("href", /google\.com\/maps\/search\/.*Seatel/);
    await onFirstScreen(page, map, "getting-ready", code);
    // One primary button: Done is it, and comes first; the map is drawn as the secondary it is.
    await expect(done).toHaveClass(/bg-brand-700/);
    await expect(map).not.toHaveClass(/bg-brand-700/);
    const [doneTop, mapTop] = await Promise.all([done.boundingBox(), map.boundingBox()]);
    expect(doneTop!.y).toBeLessThan(mapTop!.y);
  });
}

for (const { code, messages: m } of LANGUAGES) {
  test(`[${code}] proof added while waiting makes closing the case the next action, also when the user comes back`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");
    await openCaseAs(page, m, "METFONE", "097 765 4321");
    for (let step = 0; step < 3; step += 1) await markCurrentDone(page, m);
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.waitingTitle.replace("{operator}", "Metfone"));

    await nowCard(page).getByLabel(m.casePage.now.addConfirmation).setInputFiles({ name: "sms.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.answeredTitle);
    await page.reload();
    const close = nowCard(page).getByRole("button", { name: m.casePage.now.answeredDone });
    await onFirstScreen(page, close, "answered", code);
    await expect(nowCard(page).getByRole("button")).toHaveCount(2); // the close, and the handover's undo
    await close.click();
    await expect(page.getByRole("heading", { name: m.casePage.summary.doneTitle })).toBeVisible();
  });
}

test("a step's note typed before the signal dropped stays in sight with the message, and goes with the next try", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, en, "SMART", "012 777 888");
  const card = nowCard(page);
  await card.getByText(en.casePage.now.addNote, { exact: true }).click();
  await card.getByLabel(en.casePage.now.noteLabel).fill("Agent ref SM-77812");
  await page.context().setOffline(true);
  await card.getByRole("button", { name: en.casePage.now.markDone, exact: true }).click();
  await expect(card.getByText(en.formErrors.notSent)).toBeVisible();
  await expect(card.getByLabel(en.casePage.now.noteLabel)).toBeVisible();
  await expect(card.getByLabel(en.casePage.now.noteLabel)).toHaveValue("Agent ref SM-77812");

  await page.context().setOffline(false);
  await markCurrentDone(page, en);
  await expect(page.getByText("Agent ref SM-77812")).not.toHaveCount(0);
});

test("a step skipped by mistake stays in sight on the next one, with its undo", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, en, "METFONE", "097 555 1313");
  const heading = page.locator("#now-heading");
  const first = en.procedures.metfone["metfone-open"].title;
  await expect(heading).toHaveText(first);
  await nowCard(page).getByRole("button", { name: en.casePage.now.skip, exact: true }).click();
  await expect(heading).toHaveText(en.procedures.metfone["metfone-form"].title);
  const undo = nowCard(page).getByRole("button", { name: en.casePage.now.undoSkip, exact: true });
  await expect(nowCard(page)).toContainText(en.casePage.now.skippedBefore.replace("{position}", "1"));
  await onFirstScreen(page, undo, "skipped", "en");
  await undo.click();
  await expect(heading).toHaveText(first);
  await expect(nowCard(page).getByRole("button", { name: en.casePage.now.undoSkip })).toHaveCount(0);
  // A step done, not skipped, says nothing of the kind.
  await markCurrentDone(page, en);
  await expect(heading).toHaveText(en.procedures.metfone["metfone-form"].title);
  await expect(nowCard(page).getByRole("button", { name: en.casePage.now.undoSkip })).toHaveCount(0);
});

test("with the hand-over skipped and the answer checked, closing with proof comes first, waiting second", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, en, "METFONE", "097 888 1212");
  const heading = page.locator("#now-heading");
  for (let step = 0; step < 3; step += 1) {
    const before = await heading.textContent();
    await nowCard(page).getByRole("button", { name: en.casePage.now.skip, exact: true }).click();
    await expect(heading).not.toHaveText(before ?? "");
  }
  await markCurrentDone(page, en);
  await markCurrentDone(page, en);

  await expect(heading).toHaveText(en.casePage.now.answeredTitle);
  await expect(nowCard(page).getByRole("button", { name: /^Start the wait/ })).toBeVisible();
  await nowCard(page).getByLabel(en.casePage.now.addConfirmation).setInputFiles({ name: "sms.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
  await nowCard(page).getByRole("button", { name: en.receipts.markDone, exact: true }).click();
  await expect(page.getByRole("heading", { name: en.casePage.summary.doneTitle })).toBeVisible();
});

test("the handover starts the wait with the operator's period and says when we remind; undo puts it back", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, en, "COOTEL", "038 111 2222");
  const store = nowCard(page).getByRole("link", { name: "Find a CooTel store on the map" });
  await expect(store).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=CooTel/);
  for (let step = 0; step < 3; step += 1) await markCurrentDone(page, en);

  await expect(page.locator("#now-heading")).toHaveText("Hand in the form, the ID copy and the SIM");
  await expect(nowCard(page)).toContainText("CooTel's review starts (7 days)");
  await nowCard(page).getByRole("button", { name: "Done: start the wait" }).click();
  await expect(page.locator("#now-heading")).toHaveText("CooTel is reviewing your request");
  // Day before month, as the en-GB page declares: "Thu 3 Dec", never "Thu, Dec 3".
  await expect(nowCard(page)).toContainText(/Answer due by [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}(?![a-z])/);
  await expect(nowCard(page)).toContainText(/We'll remind you on [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} at 09:00\./);
  await expect(page.getByText(/^Operator reviewing · due [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}$/).first()).toBeVisible();

  await nowCard(page).getByRole("button", { name: "Undo: I haven't done this yet" }).click();
  await expect(page.locator("#now-heading")).toHaveText("Hand in the form, the ID copy and the SIM");
  await expect(page.getByRole("region", { name: "Reminders" })).toHaveCount(0);
  await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();

  // Starting the wait by hand stays possible.
  await otherAction(page, en, "Wait for the operator");
  await expect(page.locator("#now-heading")).toHaveText("CooTel is reviewing your request");
});

test("[zh] a case flagged before its period ends is not told the period is over; reminders off for the account say where to turn them on", async ({ page }) => {
  const m = zh;
  const user = await seedUser({ locale: "zh" });
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await openCaseAs(page, m, "SMART", "012 345 678");
  const caseUrl = page.url();
  await waitByHand(page, "3", m);
  await expect(nowCard(page)).toContainText(m.casePage.now.remindOn.split("{")[0]!);

  await page.goto("/account");
  const reminders = page.getByRole("region", { name: m.account.reminders.heading });
  await reminders.getByLabel(m.account.reminders.label).uncheck();
  await reminders.getByRole("button", { name: m.account.reminders.save }).click();
  await expect(reminders.getByRole("status")).toBeVisible();
  await page.goto(caseUrl);
  await expect(nowCard(page)).toContainText(m.casePage.now.remindersOffAccount);
  await expect(nowCard(page)).not.toContainText(m.casePage.now.remindersOff);

  await otherAction(page, m, m.cases.statusPanel.flagNeedsAction);
  await expect(nowCard(page)).toContainText(m.casePage.now.needsActionText);
  // The flag can come before the operator's period ends: nothing says it is over.
  await expect(nowCard(page)).not.toContainText("审核期已过");
});
