import { readFile } from "node:fs/promises";
import { request as apiRequest } from "@playwright/test";
import { jpeg } from "../test/support/receipt-corpus";
import { zh } from "./support/messages";
import { E2E_PORT } from "./support/paths";
import { expect, seedUser, signIn, test } from "./support/fixtures";
import { waitByHand } from "./support/case-page";

// A closed case offers its proof pack: one tap, one PDF, for the owner only.
test("[zh] a closed case's proof pack downloads as a PDF; nobody else gets it", async ({ page }) => {
  const m = zh;
  const user = await seedUser({ locale: "zh" });
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");

  await page.goto("/cases/new");
  await page.getByLabel(m.cases.form.operator).selectOption("SMART");
  await page.getByLabel(m.cases.form.phoneNumber).fill("012 345 678");
  await page.getByLabel(m.cases.form.nickname).fill("我的旧卡");
  await page.getByRole("button", { name: m.cases.form.open }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的旧卡" })).toBeVisible();
  const caseId = new URL(page.url()).pathname.split("/").pop()!;

  // With the request gone, the receipt added is taken for the operator's answer: closing is offered beside it.
  await waitByHand(page, "3", m);
  await page.getByLabel(m.receipts.add).setInputFiles({ name: "收据.jpg", mimeType: "image/jpeg", buffer: await jpeg(400, 300) });
  const offer = page.locator("form", { has: page.getByText(m.receipts.offerDone) });
  await offer.getByRole("button", { name: m.receipts.markDone }).click();
  await expect(page.getByRole("heading", { name: m.casePage.summary.doneTitle })).toBeVisible();

  const link = page.getByRole("link", { name: m.proofPack.download });
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(file.suggestedFilename()).toMatch(/^注销材料 我的旧卡 \d{4}-\d{2}-\d{2}\.pdf$/);
  expect((await readFile(await file.path())).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Deleting the case would take the photo with it: the warning says so and offers the pack first.
  await page.getByText(m.cases.delete.summary, { exact: true }).click();
  await expect(page.getByText("这条注销记录及其步骤、全部时间线和凭证文件都将被永久删除。如需留底，请先下载注销材料汇总（PDF）。")).toBeVisible();
  await expect(page.getByRole("link", { name: "下载注销材料汇总", exact: true })).toHaveAttribute("href", `/api/cases/${caseId}/proof-pack`);

  const response = await page.request.get(`/api/cases/${caseId}/proof-pack`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);

  // Signed out, or another user: the same 404 as for no case at all.
  const anonymous = await apiRequest.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  try {
    expect((await anonymous.get(`/api/cases/${caseId}/proof-pack`)).status()).toBe(404);
  } finally {
    await anonymous.dispose();
  }
  const stranger = await seedUser();
  await page.context().clearCookies();
  await signIn(page, stranger.email, stranger.password);
  await page.waitForURL((url) => url.pathname === "/");
  const theirs = await page.request.get(`/api/cases/${caseId}/proof-pack`);
  const missing = await page.request.get("/api/cases/no-such-case/proof-pack");
  expect(theirs.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect(await theirs.text()).toBe(await missing.text());
});
