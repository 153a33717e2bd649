import { markCurrentDone } from "./support/case-page";
import { expect, openCase, test } from "./support/fixtures";
import { en } from "./support/messages";

test("saving the case's details goes back to the case, which says so and holds the focus, once", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const id = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Before" });
  await page.goto(`/cases/${id}/edit`);
  await page.getByLabel("Nickname (optional)").fill("After");
  await page.getByRole("button", { name: en.cases.form.saveChanges }).click();

  await expect(page.getByRole("heading", { level: 1, name: "After" })).toBeVisible();
  const saved = page.getByRole("status").filter({ hasText: en.cases.detailsSaved });
  await expect(saved).toBeVisible();
  await expect(saved).toBeFocused();
  await expect(saved).toBeInViewport();
  // Said once: the next action, or a reload, does not say it again.
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  await markCurrentDone(page);
  await expect(saved).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "After" })).toBeVisible();
  await expect(page.getByText(en.cases.detailsSaved)).toHaveCount(0);
});
