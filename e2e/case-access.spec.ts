import { expect, HOME, openCase, seedUser, signIn, test } from "./support/fixtures";

// Which case a user reaches: their own open case for a number, never another user's.

test("a second open case for the same number points to the first, which stays untouched", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const first = await openCase(page, { operator: "Smart", phone: "012 777 3333", nickname: "First try" });
  await openCase(page, { operator: "Smart", phone: "+855 12 777 3333", nickname: "Second try" });
  // On the first screen, above the next action: the slip is the thing to see first.
  const notice = page.getByRole("status").filter({ hasText: "You already have an open case for this number." });
  await expect(notice).toBeInViewport();
  await notice.getByRole("link", { name: "Go to that case" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${first}$`));
  await expect(page.getByRole("heading", { level: 1, name: "First try" })).toBeVisible();
  await expect(page.getByText("You already have an open case")).toHaveCount(0);
});

test("another user's case is not found, exactly like a missing one", async ({ page, browser, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  await openCase(page, { operator: "Smart", phone: "010 999 888", nickname: "Private case" });
  const caseUrl = page.url();

  const other = await seedUser();
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other.email, other.password);
  await expect(otherPage).toHaveURL(HOME);

  const theirs = await otherPage.goto(caseUrl);
  expect(theirs?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "Case not found" })).toBeVisible();
  await expect(otherPage.getByText("Private case")).toHaveCount(0);
  const missing = await otherPage.goto("/cases/does-not-exist");
  expect(missing?.status()).toBe(404);
  // An id no case could have is refused as not found, not passed on to the database.
  expect((await otherPage.goto(`/cases/${"x".repeat(65)}/edit`))?.status()).toBe(404);
  await otherContext.close();
});
