import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { expect, formAlert, openCase, signIn, test, waitForMail } from "./support/fixtures";
import { pdf } from "../test/support/receipt-corpus";

type ExportJson = {
  user: { id: string; email: string; passwordHash?: unknown };
  cases: Array<{ id: string; phoneNumber: string | null; receipts: Array<{ fileName: string; file: string }> }>;
};

test("download everything as a ZIP, then delete the account for good", async ({ page, context, signedInUser }) => {
  const caseId = await openCase(page, { operator: "Smart", phone: "097 555 1234", nickname: "Export test SIM" });
  const receipt = await pdf(1);
  await page.getByLabel("Add proof (photo or PDF)").setInputFiles([
    { name: "Smart receipt.pdf", mimeType: "application/pdf", buffer: receipt },
  ]);
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("Proof added: Smart receipt.pdf")).toBeVisible();

  await page.goto("/account/data");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^simcase-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(await readFile(await download.path()));
  const json = JSON.parse(strFromU8(files["simcase-export.json"]!)) as ExportJson;
  expect(json.user).toMatchObject({ id: signedInUser.id, email: signedInUser.email });
  expect(json.user.passwordHash).toBeUndefined();
  expect(json.cases.map((item) => [item.id, item.phoneNumber])).toEqual([[caseId, "+855975551234"]]);
  const [stored] = json.cases[0]!.receipts;
  expect(stored!.fileName).toBe("Smart receipt.pdf");
  expect(Buffer.from(files[stored!.file]!).equals(receipt)).toBe(true);

  // A wrong password, or no confirmation, deletes nothing.
  await page.getByLabel("Your password").fill("not my password");
  await page.getByLabel("I understand this deletes all my cases and receipts").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That password is not correct. Nothing was deleted.")).toBeVisible();
  // Only the password needs typing again: the confirmation stays ticked.
  await expect(page.getByLabel("I understand this deletes all my cases and receipts")).toBeChecked();
  await expect(page.getByLabel("Your password")).toHaveValue("");
  await page.getByLabel("Your password").fill(signedInUser.password);
  await page.getByLabel("I understand this deletes all my cases and receipts").uncheck();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
  await expect(formAlert(page)).toHaveCount(0);
  // The password was right: it stays typed, and only the box needs ticking.
  await expect(page.getByLabel("Your password")).toHaveValue(signedInUser.password);

  await page.getByLabel("I understand this deletes all my cases and receipts").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?accountDeleted=1$/);
  expect((await context.cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"))).toEqual([]);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, signedInUser.email, signedInUser.password);
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");

  const mail = await waitForMail(signedInUser.email, { subject: "Your Simcase account was deleted" });
  expect(mail.text).toContain("Your Simcase account was deleted, as you asked.");
});
