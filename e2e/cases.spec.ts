import type { Page } from "@playwright/test";
import { markCurrentDone, nowCard, openOtherActions, openTask } from "./support/case-page";
import { expect, openCase, test } from "./support/fixtures";
import { loseNextAnswer } from "./support/lost-answer";
import { en } from "./support/messages";

async function openCaseDetails(page: Page) {
  await page.locator("summary").filter({ hasText: "Case details" }).click();
}

function step(page: Page, title: string) {
  return page.getByRole("listitem", { name: new RegExp(`^Step \\d+: ${title}`) });
}

test("a Smart case from the first step to done without proof, all on the timeline", async ({ page, signedInUser }) => {
  expect(signedInUser.email).toContain("@");
  await page.goto("/cases");
  await page.getByRole("link", { name: "Open your first case" }).click();
  await expect(page).toHaveURL(/\/cases\/new$/);

  // Bad input: clear messages by the fields, nothing saved.
  await page.getByLabel("Operator").selectOption({ label: "Smart" });
  await page.getByLabel("Phone number").fill("12345");
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByText("That is not a complete Cambodian number.")).toBeVisible();
  await page.goto("/cases");
  await expect(page.getByText("No cases yet")).toBeVisible();

  await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Tourist SIM" });
  await openCaseDetails(page);
  await expect(page.getByText("+855 12 345 678", { exact: true })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: /^Preparing$/ })).toBeVisible();

  const titles = [
    "Call the Smart hotline 123",
    "Pass the identity check",
    "Confirm that the SIM should be cancelled",
    "Note what the agent tells you",
  ];
  for (const [index, title] of titles.entries()) {
    await expect(page.locator("#now-heading")).toHaveText(title);
    await markCurrentDone(page, en, index === 3 ? "Reference SM-4821, balance 0" : undefined);
  }
  // The last step ends the call and starts Smart's review by itself, with an undo; the rows say done.
  await expect(page.locator("#now-heading")).toHaveText("Smart is reviewing your request");
  await expect(nowCard(page).getByRole("button", { name: "Undo: I haven't done this yet" })).toBeVisible();
  for (const title of titles) await expect(step(page, title)).toContainText("Done");
  await expect(page.getByText(/^Answer due by /)).toBeVisible();
  await openOtherActions(page);
  await expect(page.getByRole("button", { name: "Change the period" })).toBeVisible();

  // Done needs proof, or the explicit confirmation.
  await page.getByRole("button", { name: "Mark the case done", exact: true }).click();
  await expect(page.getByText("A case is done when you have proof of the cancellation.")).toBeVisible();
  await page.getByLabel("I have no proof of the cancellation").check();
  await page.getByRole("button", { name: "Mark the case done", exact: true }).click();
  await expect(page.getByRole("button", { name: "Reopen the case" })).toBeVisible();
  // Done from the bottom of the page: the summary at its top comes into view, its heading focused.
  await expect(page.locator("#summary-heading")).toBeInViewport();
  await expect(page.locator("#summary-heading")).toBeFocused();
  // The summary: closed, by phone, the reference number from the notes; the steps are read-only.
  const summary = page.getByRole("region", { name: "Cancelled" });
  await expect(summary).toContainText("SM-4821");
  await expect(summary).toContainText("By phone: hotline 123");
  await expect(page.getByRole("button", { name: "Mark done" })).toHaveCount(0);

  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("Status: Waiting for the operator → Done")).toBeVisible();
  await expect(timeline.getByText("Closed without proof of cancellation, as confirmed.")).toBeVisible();
  await expect(timeline.getByText("Status: In progress → Waiting for the operator")).toBeVisible();
  await expect(timeline.getByText("Reference SM-4821, balance 0")).toBeVisible();
  for (const title of titles) await expect(timeline.getByText(`Done: ${title}`)).toBeVisible();
  await expect(timeline.getByText("Case opened")).toBeVisible();
  await expect(timeline.getByText(signedInUser.email).first()).toBeVisible();

  await page.goto("/cases");
  const entry = page.getByRole("link", { name: /Tourist SIM/ });
  await expect(entry).toContainText("Smart …5678");
  await expect(entry).not.toContainText("345 678");
  await expect(entry).toContainText("Closed without proof");
  await expect(entry).toContainText("Done");
});

test("steps can be edited, added, moved and deleted", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "Metfone", phone: "097 123 4567", nickname: "Work phone" });

  const first = await openTask(page, /^Step \d+: Open Metfone's Customer Service page/);
  await first.getByText("Edit, move or delete").click();
  await first.getByLabel("Title").fill("Open metfone.com.kh");
  await first.getByRole("button", { name: "Save step" }).click();
  await expect(step(page, "Open metfone.com.kh")).toBeVisible();

  const procedure = page.getByRole("region", { name: "Steps" });
  await procedure.getByText("+ Add your own step").click();
  await procedure.getByLabel("Title", { exact: true }).last().fill("Ask a friend to check the status");
  await procedure.getByRole("button", { name: "Add step" }).click();
  await expect(step(page, "Ask a friend to check the status")).toBeVisible();

  const added = await openTask(page, /^Step \d+: Ask a friend to check the status/);
  await added.getByText("Edit, move or delete").click();
  // The first answer is lost after the server moved it: the same tap again must not move it a second place (decision 031).
  await loseNextAnswer(page, page.url());
  await added.getByRole("button", { name: /Move .* up/ }).click();
  await expect(added.getByText(en.formErrors.notSent)).toBeVisible();
  await added.getByRole("button", { name: /Move .* up/ }).click();
  await expect(page.getByRole("listitem", { name: /^Step 5: Ask a friend/ })).toBeVisible();

  const toDelete = await openTask(page, /^Step \d+: Fill in the cancellation request/);
  await toDelete.getByText("Edit, move or delete").click();
  await toDelete.getByRole("button", { name: "Delete step" }).click();
  await expect(step(page, "Fill in the cancellation request")).toHaveCount(0);

  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("Step deleted: Fill in the cancellation request")).toBeVisible();
  await expect(timeline.getByText("Step added: Ask a friend to check the status")).toBeVisible();
  await expect(timeline.getByText("Was: Open Metfone's Customer Service page")).toBeVisible();
});

test("the list filters and searches, and deleting asks first", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "CooTel", phone: "038 111 2222", nickname: "Old CooTel" });
  await openCase(page, { operator: "Seatel", phone: "018 333 4444", nickname: "Seatel card" });

  // No link on the screen fetches its page ahead: every page is dynamic (components/ui/link.tsx).
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await page.goto("/cases");
  // Only the search box shows until a filter is set; the rest folds away.
  await expect(page.getByLabel("Operator")).toBeHidden();
  await page.getByText("Filter and sort").click();
  await page.getByLabel("Operator").selectOption("COOTEL");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: /Old CooTel/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Seatel card/ })).toHaveCount(0);
  // A filter in use stays in view, so it can be seen and changed.
  await expect(page.getByLabel("Operator")).toHaveValue("COOTEL");

  await page.goto("/cases?q=333 4444");
  await expect(page.getByRole("link", { name: /Seatel card/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Old CooTel/ })).toHaveCount(0);

  // No match says so once, and its link names what was used: the search alone, or filters too.
  await page.goto("/cases?q=zzz");
  await expect(page.getByText("No case matches. Clear the search", { exact: true })).toBeVisible();
  await expect(page.getByText(/\d+ cases? match/)).toHaveCount(0);
  await page.goto("/cases?q=zzz&operator=SEATEL");
  await expect(page.getByText("No case matches. Clear the filters", { exact: true })).toBeVisible();
  await expect(page.getByText(/\d+ cases? match/)).toHaveCount(0);
  // A page past the end (an old link) says where the list ends, not "no case matches".
  await page.goto("/cases?page=99");
  await expect(page.getByText("There is no page 99: the list ends at page 1. Go to page 1", { exact: true })).toBeVisible();
  await expect(page.getByText("No case matches")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to page 1" }).click();
  await expect(page.getByText("2 cases", { exact: true })).toBeVisible();
  await page.goto("/cases?q=zzz");
  await page.getByRole("link", { name: "Clear the search" }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText("2 cases", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: /Seatel card/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seatel card" })).toBeVisible();
  expect(prefetches).toEqual([]);

  // Details can be corrected; a bad number is explained and nothing changes.
  await openCaseDetails(page);
  await page.getByRole("link", { name: "Edit details" }).click();
  // The form is longer than a phone's screen; Save stays in reach while it scrolls.
  await expect(page.getByRole("button", { name: "Save changes" })).toBeInViewport();
  await page.getByLabel("Phone number").fill("018 12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("That is not a complete Cambodian number.")).toBeVisible();
  await page.getByLabel("Phone number").fill("018 333 4444");
  await page.getByLabel("Nickname (optional)").fill("Seatel card (old)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seatel card (old)" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("Case details edited")).toBeVisible();

  await page.getByText("Delete this case", { exact: true }).click();
  // The proof goes with the case: the warning says so and offers the one copy that can be kept.
  await expect(page.getByText(/its proof files are deleted for good\. To keep a copy, download the record so far \(PDF\) first\./)).toBeVisible();
  const pack = await page.request.get((await page.getByRole("link", { name: "download the record so far" }).getAttribute("href"))!);
  expect(pack.headers()["content-type"]).toBe("application/pdf");
  await page.getByRole("button", { name: "Delete the case" }).click();
  await expect(page.getByText("Tick the box to confirm")).toBeVisible();
  // The box the message is about has the focus, not the page's start.
  await expect(page.getByLabel("Yes, delete this case and its history")).toBeFocused();
  await page.getByLabel("Yes, delete this case and its history").check();
  // The first answer is lost after the server deleted the case: the same tap
  // again lands on the list, not on "Case not found" (decision 031).
  await loseNextAnswer(page, page.url());
  await page.getByRole("button", { name: "Delete the case" }).click();
  await expect(page.getByText(en.formErrors.notSent)).toBeVisible();
  await expect(page.getByLabel("Yes, delete this case and its history")).toBeChecked();
  await page.getByRole("button", { name: "Delete the case" }).click();
  await expect(page.getByText("The case was deleted.")).toBeVisible();
  await expect(page.getByText("The case was deleted.")).toBeFocused();
  await expect(page.getByRole("link", { name: /Seatel card/ })).toHaveCount(0);
  // Said once: the flag leaves the address, so a reload does not announce a deletion again.
  await expect(page).toHaveURL(/\/cases$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My cases" })).toBeVisible();
  await expect(page.getByText("The case was deleted.")).toHaveCount(0);
  // Back to the deleted case's address: it says the case may have been deleted, not only that it is not there.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: en.cases.notFoundTitle })).toBeVisible();
  await expect(page.getByText(en.cases.notFoundText)).toBeVisible();
});
