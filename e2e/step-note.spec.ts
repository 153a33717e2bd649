import { en, zh } from "./support/messages";
import { markCurrentDone, nowCard } from "./support/case-page";
import { expect, seedUser, signIn, test } from "./support/fixtures";

// A step's note on a 360 px phone: where the step asks for a reference number,
// the field is in sight before its button; elsewhere, the folded note opens as
// wide as the card.

for (const { code, m } of [
  { code: "en", m: en },
  { code: "zh", m: zh },
] as const) {
  test(`[${code}] Smart's hand-over step asks for the reference on its first screen, and the timeline shows it`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/cases/new");
    await page.getByLabel(m.cases.form.operator).selectOption("SMART");
    await page.getByLabel(m.cases.form.phoneNumber).fill("012 456 789");
    await page.getByRole("button", { name: m.cases.form.open }).click();
    for (let step = 0; step < 3; step += 1) await markCurrentDone(page, m);
    await expect(page.locator("#now-heading")).toHaveText(m.procedures.smart["smart-record"].title);

    const card = nowCard(page);
    const reference = card.getByLabel(m.casePage.now.referenceLabel);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(reference).toBeInViewport({ ratio: 1 });
    // Above the one primary button, not folded under it.
    const done = card.getByRole("button", { name: m.casePage.now.handoverDone });
    expect((await reference.boundingBox())!.y).toBeLessThan((await done.boundingBox())!.y);
    await expect(card.getByText(m.casePage.now.addNote, { exact: true })).toHaveCount(0);

    await reference.fill("SM-90210, balance 0");
    await done.click();
    await expect(page.locator("#now-heading")).toHaveText(m.casePage.now.waitingTitle.replace("{operator}", "Smart"));
    await expect(page.getByRole("list", { name: m.timeline.label }).getByText("SM-90210, balance 0")).toBeVisible();
  });
}

test("an opened note is as wide as the card, with Skip below it", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/cases/new");
  await page.getByLabel(en.cases.form.operator).selectOption("METFONE");
  await page.getByLabel(en.cases.form.phoneNumber).fill("097 456 789");
  await page.getByRole("button", { name: en.cases.form.open }).click();
  const card = nowCard(page);
  await card.getByText(en.casePage.now.addNote, { exact: true }).click();
  const note = card.getByLabel(en.casePage.now.noteLabel);
  const done = card.getByRole("button", { name: en.casePage.now.markDone, exact: true });
  const [noteBox, doneBox] = [(await note.boundingBox())!, (await done.boundingBox())!];
  expect(Math.round(noteBox.width)).toBe(Math.round(doneBox.width));
  const skip = (await card.getByRole("button", { name: en.casePage.now.skip, exact: true }).boundingBox())!;
  expect(skip.y).toBeGreaterThanOrEqual(noteBox.y + noteBox.height);
});
