import type { Page } from "@playwright/test";
import { en, zh } from "./support/messages";
import { expect, openCase, seedUser, signIn, test, uniqueEmail } from "./support/fixtures";
import { loseNextAnswer } from "./support/lost-answer";

// A failed submit keeps everything that was typed or chosen (passwords aside):
// React 19 resets a form after its action, so the forms keep the values on purpose.

/** A calendar day this many days from today, as a date field holds it. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A new user in that language, signed in, on the new-case form. */
async function openNewCaseFormAs(page: Page, locale: "en" | "zh") {
  const user = await seedUser({ locale });
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/cases/new");
}

for (const { code, m } of [
  { code: "en", m: en },
  { code: "zh", m: zh },
] as const) {
  test(`[${code}] the new-case form keeps the operator and every field after an error`, async ({ page }) => {
    await openNewCaseFormAs(page, code);
    const form = m.cases.form;
    const [past, soon] = [isoDay(-30), isoDay(45)];
    await expect(page.getByText(form.operatorHint)).toBeVisible();
    // The form is longer than a phone's screen: its one action stays on the first screen.
    await expect(page.getByRole("button", { name: form.open })).toBeInViewport();
    await page.getByLabel(form.operator).selectOption("ESIM");
    // How the chosen operator cancels shows under its name; an eSIM is rarely a tourist card.
    await expect(page.getByText(m.procedures.operators.ESIM.channel)).toBeVisible();
    await expect(page.getByLabel(form.cardType)).toHaveValue("OTHER");
    await page.getByLabel(form.esimProvider).fill("Airalo");
    await page.getByLabel(form.phoneNumberEsim).fill("12345");
    await page.getByLabel(form.orderNumber).fill("AB-991234");
    await page.getByLabel(form.cardType).selectOption("MONTHLY");
    await page.getByLabel(form.nickname).fill("Keep me");
    // A leaving day that has passed is taken, with a word in case the year slipped.
    await page.getByLabel(form.leavingOn).fill(past);
    await expect(page.getByText(form.leavingPast)).toBeVisible();
    await page.getByLabel(form.leavingOn).fill(soon);
    await expect(page.getByText(form.leavingPast)).toHaveCount(0);
    await page.getByLabel(form.notes).fill("Bought at the airport");
    await page.getByRole("button", { name: form.open }).click();
    await expect(page.getByText(m.errors.cases.phoneIncomplete)).toBeVisible();
    // The refused field, far above the button on a phone, is where the user is taken.
    await expect(page.getByLabel(form.phoneNumberEsim)).toBeFocused();
    await expect(page.getByLabel(form.phoneNumberEsim)).toBeInViewport();

    await expect(page.getByLabel(form.operator)).toHaveValue("ESIM");
    await expect(page.getByLabel(form.esimProvider)).toHaveValue("Airalo");
    await expect(page.getByLabel(form.phoneNumberEsim)).toHaveValue("12345");
    await expect(page.getByLabel(form.orderNumber)).toHaveValue("AB-991234");
    await expect(page.getByLabel(form.cardType)).toHaveValue("MONTHLY");
    await expect(page.getByLabel(form.nickname)).toHaveValue("Keep me");
    await expect(page.getByLabel(form.leavingOn)).toHaveValue(soon);
    await expect(page.getByLabel(form.notes)).toHaveValue("Bought at the airport");
    await expect(page.getByRole("radio", { name: m.cases.simKinds.ESIM })).toBeChecked();

    // A second failed try keeps them too; then only the number needs fixing.
    // The form is drawn anew when the answer arrives (useFormKey): typing
    // before that would go into fields about to be replaced.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/cases/new"),
      page.getByRole("button", { name: form.open }).click(),
    ]);
    await expect(page.getByRole("button", { name: form.open })).toBeEnabled();
    await expect(page.getByLabel(form.operator)).toHaveValue("ESIM");
    await expect(page.getByLabel(form.phoneNumberEsim)).toHaveValue("12345");
    // An international eSIM's number may be foreign, written with its country code.
    await page.getByLabel(form.phoneNumberEsim).fill("+44 7700 900123");
    await page.getByRole("button", { name: form.open }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Keep me" })).toBeVisible();
    // Shown as its country writes it.
    await expect(page.getByText("+44 7700 900123", { exact: true })).toBeAttached();
    // The first step's link: the provider's site is not known, so a search for its support.
    await expect(page.getByRole("link", { name: m.casePage.links.search.replace("{target}", "Airalo") })).toBeInViewport();
  });
}

test("the edit form keeps the new values after an error", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const id = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Before" });
  await page.goto(`/cases/${id}/edit`);
  await page.getByLabel("Nickname (optional)").fill("After");
  await page.getByLabel("Card type").selectOption("THREE_DAY");
  await page.getByLabel("Phone number").fill("012 34");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("That is not a complete Cambodian number.")).toBeVisible();
  await expect(page.getByLabel("Nickname (optional)")).toHaveValue("After");
  await expect(page.getByLabel("Card type")).toHaveValue("THREE_DAY");
  await expect(page.getByLabel("Phone number")).toHaveValue("012 34");
});

test("sign-up keeps the email after an error, never the password", async ({ page }) => {
  const email = uniqueEmail("keep");
  await page.goto("/sign-up");
  await page.getByLabel(en.auth.email).fill(email);
  await page.getByLabel(en.auth.password).fill("short");
  await page.getByRole("button", { name: en.auth.signUpButton }).click();
  await expect(page.getByLabel(en.auth.password)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(en.auth.email)).toHaveValue(email);
  await expect(page.getByLabel(en.auth.password)).toHaveValue("");
});

test("a step's own words are kept when adding it fails", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Steps kept" });
  const steps = page.getByRole("region", { name: "Steps" });
  await steps.getByText("+ Add your own step").click();
  await steps.getByLabel("How to (optional)").fill("Ask at the hotel desk");
  await steps.getByLabel("Have ready (optional)").fill("Passport");
  await steps.getByRole("button", { name: "Add step" }).click();
  await expect(steps.getByLabel("Title", { exact: true }).last()).toHaveAttribute("aria-invalid", "true");
  await expect(steps.getByLabel("How to (optional)")).toHaveValue("Ask at the hotel desk");
  await expect(steps.getByLabel("Have ready (optional)")).toHaveValue("Passport");
});

// The signal drops at the counter, or the server answers 503 while its database
// is away (database-outage.spec.ts): the form stays with what was typed and says
// it did not go through, instead of the error page; the same tap works once back.
for (const { code, m, failure } of [
  { code: "en", m: en, failure: "dropped" },
  { code: "zh", m: zh, failure: "503" },
] as const) {
  test(`[${code}] a submit that never reaches the server (${failure}) keeps the form and says so`, async ({ page }) => {
    await openNewCaseFormAs(page, code);
    const form = m.cases.form;
    await page.getByLabel(form.operator).selectOption("METFONE");
    await page.getByLabel(form.phoneNumber).fill("097 555 1234");
    await page.getByLabel(form.nickname).fill("数据库故障测试");
    await page.getByLabel(form.notes).fill("这段备注不应丢失");
    let failed = 0;
    await page.route("**/cases/new", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      failed += 1;
      if (failure === "dropped") return route.abort("internetdisconnected");
      return route.fulfill({ status: 503, headers: { "retry-after": "30" }, contentType: "text/html", body: "unavailable" });
    });
    await page.getByRole("button", { name: form.open }).click();
    await expect(page.getByRole("alert").filter({ hasText: m.formErrors.notSent })).toBeVisible();
    // It sits at the top of the form, far above the button just pressed: it comes into view.
    await expect(page.getByRole("alert").filter({ hasText: m.formErrors.notSent })).toBeInViewport();
    expect(failed).toBe(1);
    await expect(page.getByRole("heading", { name: m.errorPages.errorTitle })).toHaveCount(0);
    await expect(page.getByLabel(form.operator)).toHaveValue("METFONE");
    await expect(page.getByLabel(form.phoneNumber)).toHaveValue("097 555 1234");
    await expect(page.getByLabel(form.nickname)).toHaveValue("数据库故障测试");
    await expect(page.getByLabel(form.notes)).toHaveValue("这段备注不应丢失");

    await page.unroute("**/cases/new");
    await page.getByRole("button", { name: form.open }).click();
    await expect(page.getByRole("heading", { level: 1, name: "数据库故障测试" })).toBeVisible();
  });
}

// The answer is lost after the server kept the submit: the same tap again must
// not make a second case, note or step (decision 031).
test("a create whose answer was lost is made once when sent again: a case, a note, a step", async ({ page }) => {
  await openNewCaseFormAs(page, "en");
  await page.getByLabel(en.cases.form.operator).selectOption("SMART");
  await page.getByLabel(en.cases.form.phoneNumber).fill("012 909 101");
  await page.getByLabel(en.cases.form.nickname).fill("Sent twice");
  await loseNextAnswer(page, "**/cases/new");
  await page.getByRole("button", { name: en.cases.form.open }).click();
  await expect(page.getByText(en.formErrors.notSent)).toBeVisible();
  await page.getByRole("button", { name: en.cases.form.open }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sent twice" })).toBeVisible();
  const caseUrl = page.url();

  // Every call of the note form, with the key it carried.
  const keys: string[] = [];
  page.on("request", (request) => {
    const key = /name="[^"]*submissionKey"\r\n\r\n([^\r]*)/.exec(request.postData() ?? "")?.[1];
    if (request.url() === caseUrl && key !== undefined) keys.push(key);
  });
  const timeline = page.locator("section[aria-labelledby=timeline-heading]");
  const addNote = timeline.getByRole("button", { name: en.cases.note.submit });
  await timeline.locator("summary", { hasText: en.cases.note.label }).click();
  // Refused (nothing typed): the key is not used up.
  await addNote.click();
  await expect(timeline.getByText(en.errors.cases.noteRequired)).toBeVisible();
  await timeline.getByLabel(en.cases.note.label).fill("Agent ref SM-40517");
  await loseNextAnswer(page, caseUrl);
  await addNote.click();
  await expect(timeline.getByText(en.formErrors.notSent)).toBeVisible();
  await addNote.click();
  await expect(timeline.getByText(en.cases.noteAdded)).toBeVisible();
  // Gone through, the emptied form is a new note, even with the same words.
  await timeline.getByLabel(en.cases.note.label).fill("Agent ref SM-40517");
  await Promise.all([page.waitForResponse((response) => response.url() === caseUrl && response.request().method() === "POST"), addNote.click()]);
  expect(keys).toHaveLength(4);
  expect(new Set(keys.slice(0, 3)).size).toBe(1);
  expect(keys[3]).not.toBe(keys[0]);

  const steps = page.getByRole("region", { name: en.casePage.tasks.heading });
  await steps.getByText(en.steps.addStep).click();
  await steps.getByLabel(en.steps.title, { exact: true }).last().fill("Ask at the hotel desk");
  await loseNextAnswer(page, caseUrl);
  await steps.getByRole("button", { name: en.steps.addStepButton }).click();
  await expect(steps.getByText(en.formErrors.notSent)).toBeVisible();
  await steps.getByRole("button", { name: en.steps.addStepButton }).click();
  await expect(steps.getByText(en.cases.stepAdded)).toBeVisible();

  await page.reload();
  await expect.soft(timeline.getByText("Agent ref SM-40517")).toHaveCount(2);
  await expect.soft(steps.getByText("Ask at the hotel desk", { exact: true })).toHaveCount(1);
  await page.goto("/cases");
  await expect.soft(page.getByRole("link", { name: /Sent twice/ })).toHaveCount(1);
});

test("tabbing through the new-case form never leaves the focused field under the sticky submit bar", async ({ page }) => {
  await openNewCaseFormAs(page, "en");
  const form = en.cases.form;
  await page.getByLabel(form.phoneNumber).focus();
  const bar = page.locator("[data-sticky-submit]");
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    if ((await focused.count()) === 0 || (await bar.locator(":focus").count()) > 0) break;
    const [field, barBox] = [await focused.boundingBox(), await bar.boundingBox()];
    expect(field && barBox && field.y + field.height <= barBox.y + 1, await focused.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
  }
});
