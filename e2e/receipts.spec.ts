import { writeFile } from "node:fs/promises";
import { E2E_PORT } from "./support/paths";
import { en } from "./support/messages";
import { expect, HOME, openCase, seedUser, signIn, test } from "./support/fixtures";
import { loseNextAnswer } from "./support/lost-answer";
import { waitByHand } from "./support/case-page";
import { embeddedFile, openActionJavaScript } from "../test/support/active-pdfs";
import { brokenHeicWithSize, jpegWithGps, pdf, png, randomBytes } from "../test/support/receipt-corpus";

const origin = `http://localhost:${E2E_PORT}`;

test("upload a phone photo and a PDF, see and open them, then mark the case done", async ({ page, browser, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const caseId = await openCase(page, {
    operator: "CooTel",
    phone: "038 222 3333",
    nickname: "Receipt test SIM",
  });
  // The request is with the operator: a file added now is taken for its answer.
  await waitByHand(page, "3");

  await page.getByLabel("Add proof (photo or PDF)").setInputFiles([
    { name: "IMG_2041.JPG", mimeType: "image/jpeg", buffer: await jpegWithGps() },
    { name: "CooTel receipt.pdf", mimeType: "application/pdf", buffer: await pdf(2) },
  ]);
  const proof = page.getByRole("list", { name: "Proof" });
  const thumbnail = proof.getByRole("img", { name: "Proof: IMG_2041.jpg" });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(proof.getByText("2 pages")).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("Proof added: CooTel receipt.pdf")).toBeVisible();
  await expect(timeline.getByRole("img", { name: "Proof: IMG_2041.jpg" })).toBeVisible();
  const offer = page.locator("form", { has: page.getByText("Proof added. Is the SIM cancelled?") });
  await expect(offer).toBeVisible();

  // Open the full-size photo in the browser: it shows, served with locked-down headers.
  const photoLink = proof.getByRole("link", { name: "Proof: IMG_2041.jpg" });
  const href = await photoLink.getAttribute("href");
  const [photoPage] = await Promise.all([page.context().waitForEvent("page"), photoLink.click()]);
  const photo = await photoPage.request.get(href!);
  expect(photo.headers()["content-type"]).toBe("image/jpeg");
  expect(photo.headers()["content-security-policy"]).toBe("default-src 'none'");
  expect(photo.headers()["x-content-type-options"]).toBe("nosniff");
  expect(photo.headers()["content-disposition"]).toBe(`inline; filename="IMG_2041.jpg"; filename*=UTF-8''IMG_2041.jpg`);
  await expect.poll(() => photoPage.evaluate(() => document.querySelector("img")?.naturalWidth ?? 0)).toBeGreaterThan(0);
  await photoPage.close();

  // A PDF is only ever a download, never opened by the browser on our site; it keeps the file's name.
  const pdfHref = await proof.getByRole("link", { name: "Proof: CooTel receipt.pdf" }).getAttribute("href");
  const opened = await page.request.get(pdfHref!);
  expect(opened.headers()["content-type"]).toBe("application/pdf");
  expect(opened.headers()["content-disposition"]).toBe(`attachment; filename="CooTel receipt.pdf"; filename*=UTF-8''CooTel%20receipt.pdf`);
  expect((await opened.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const download = await page.request.get(`${pdfHref!}?download=1`);
  expect(download.headers()["content-disposition"]).toBe(
    `attachment; filename="CooTel receipt.pdf"; filename*=UTF-8''CooTel%20receipt.pdf`,
  );

  // Another user gets a 404 for the same receipt.
  const other = await seedUser();
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other.email, other.password);
  await expect(otherPage).toHaveURL(HOME);
  expect((await otherPage.request.get(href!)).status()).toBe(404);
  expect((await otherPage.request.get(`/api/receipts/${"x".repeat(65)}`)).status()).toBe(404);
  expect(
    (
      await otherPage.request.post(`/api/cases/${caseId}/receipts`, {
        headers: { origin, "x-file-name": "x.pdf" },
        data: await pdf(1),
      })
    ).status(),
  ).toBe(404);
  await otherContext.close();

  // The upload offered to close the case; proof is there, so no confirmation is asked.
  await offer.getByRole("button", { name: "Mark the case done", exact: true }).click();
  await expect(page.getByRole("button", { name: "Reopen the case" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText(/→ Done/)).toBeVisible();
});

test("uploads are refused when too big, not what they claim, or from another site", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const caseId = await openCase(page, { operator: "Smart", phone: "012 777 888", nickname: "Upload limits" });
  const upload = (headers: Record<string, string>, data: Buffer) =>
    page.request.post(`/api/cases/${caseId}/receipts`, { headers: { origin, ...headers }, data });

  const tooBig = await upload({ "x-file-name": "big.jpg" }, Buffer.alloc(10 * 1024 * 1024 + 1, 0xff));
  expect(tooBig.status()).toBe(413);
  const svg = await upload({ "x-file-name": "x.svg" }, Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"));
  expect(svg.status()).toBe(400);
  expect(((await svg.json()) as { error: string }).error).toContain("Only photos");
  // Named as a photo, it is a photo that could not be read, not a kind of file we refuse.
  const junk = await upload({ "x-file-name": "junk.heic" }, randomBytes);
  expect(junk.status()).toBe(400);
  expect(((await junk.json()) as { error: string }).error).toBe(en.errors.receipts.unreadable);
  // A broken HEIC reaches the converter's worker thread in the production server, which answers "damaged".
  const heic = await upload({ "x-file-name": "IMG_0002.heic" }, brokenHeicWithSize);
  expect(heic.status()).toBe(400);
  expect(((await heic.json()) as { error: string }).error).toContain("HEIC photo is damaged");
  // A PDF that runs a script on opening, and one carrying an attached file, are refused with a way out.
  for (const file of [await openActionJavaScript(), await embeddedFile()]) {
    const active = await upload({ "x-file-name": "statement.pdf" }, file);
    expect(active.status()).toBe(400);
    expect(((await active.json()) as { error: string }).error).toBe(
      "This PDF contains scripts, automatic actions or attached files, so it was not kept. Print it to a new PDF or take a screenshot, and upload that.",
    );
  }
  const crossSite = await upload({ "x-file-name": "x.pdf", origin: "https://evil.example" }, await pdf(1));
  expect(crossSite.status()).toBe(403);
  // A submission key that is not one the page makes: a tampered request.
  const badKey = await upload({ "x-file-name": "x.pdf", "x-submission-key": "1" }, await pdf(1));
  expect(badKey.status()).toBe(400);
  expect(((await badKey.json()) as { error: string }).error).toBe(en.errors.badRequest);

  await page.getByLabel("Add proof (photo or PDF)").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("just text"),
  });
  await expect(page.getByText("Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be kept as proof.")).toBeVisible();
  await expect(page.getByText("No proof yet.")).toBeVisible();
});

test("only the latest upload's outcome shows, and a file over 10 MB is refused before it is sent", async ({ page, signedInUser }) => {
  expect(signedInUser.id).toBeTruthy();
  const caseId = await openCase(page, { operator: "Smart", phone: "012 555 1234", nickname: "Upload outcomes" });
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/cases/${caseId}/receipts`)) sent.push(request.url());
  });
  const input = page.getByLabel("Add proof (photo or PDF)");
  const outcomes = page.getByRole("list", { name: en.receipts.uploads });

  // A corrupt phone photo: said to be unreadable, not to be the wrong kind of file. Tried again and again, one message.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await input.setInputFiles({ name: `junk-${attempt}.heic`, mimeType: "image/heic", buffer: randomBytes });
    await expect(outcomes.getByText(`junk-${attempt}.heic`)).toBeVisible();
    await expect(outcomes.getByRole("alert")).toHaveText(en.errors.receipts.unreadable);
    await expect(outcomes.getByRole("listitem")).toHaveCount(1);
    // The file was read and refused: sending it again would change nothing.
    await expect(outcomes.getByRole("button", { name: en.receipts.retry })).toHaveCount(0);
  }
  expect(sent).toHaveLength(3);

  // 14 MB: refused at once, nothing sent.
  await input.setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: Buffer.alloc(14 * 1024 * 1024, 1) });
  await expect(outcomes.getByRole("alert")).toHaveText(en.receipts.fileTooLarge);
  await expect(outcomes.getByRole("listitem")).toHaveCount(1);
  expect(sent).toHaveLength(3);

  // The server's outage page (HTML, 503) is a "try again", not a refusal of the file.
  await page.route(`**/api/cases/${caseId}/receipts`, (route) =>
    route.fulfill({ status: 503, contentType: "text/html", body: "<!doctype html><title>Briefly unavailable</title>" }),
  );
  await input.setInputFiles({ name: "during-outage.png", mimeType: "image/png", buffer: await png() });
  await expect(outcomes.getByRole("alert")).toHaveText(en.receipts.unavailable);
  await page.unroute(`**/api/cases/${caseId}/receipts`);
  // The file stays in hand: sent again with one tap once Simcase is back, not picked (or photographed) again.
  await outcomes.getByRole("button", { name: en.receipts.retry }).click();
  await expect(outcomes.getByText(en.receipts.uploaded)).toBeVisible();
  await expect(outcomes.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Proof" }).getByRole("img", { name: "Proof: during-outage.png" })).toBeVisible();

  // A good file: its success is all there is. The request has not gone to the operator yet,
  // so the file is not taken for its answer: no offer to close the case.
  await input.setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: await png() });
  await expect(outcomes.getByText(en.receipts.uploaded)).toBeVisible();
  await expect(outcomes.getByRole("alert")).toHaveCount(0);
  await expect(outcomes.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Proof" }).getByRole("img", { name: "Proof: passport.png" })).toBeVisible();
  const offer = page.locator("form", { has: page.getByText(en.receipts.offerDone) });
  await expect(offer).toHaveCount(0);
  expect(sent).toHaveLength(6);

  // Once the request is with the operator, a file is most likely its answer: the offer comes, brought into view.
  await waitByHand(page, "3");
  await input.setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer: await png() });
  await expect(outcomes.getByText(en.receipts.uploaded)).toBeVisible();
  await expect(offer.getByRole("button", { name: en.receipts.markDone })).toBeInViewport();
  // A later file refused: the offer went with the earlier outcome, as it would contradict this one.
  await input.setInputFiles({ name: "empty.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(0) });
  await expect(outcomes.getByRole("alert")).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test("a photo whose answer was lost, picked again, is kept once; picked once more after it went through, twice", async ({ page, signedInUser }, testInfo) => {
  expect(signedInUser.id).toBeTruthy();
  const caseId = await openCase(page, { operator: "Smart", phone: "012 555 7171", nickname: "Upload retried" });
  // A file on disk, as on a phone: picked again it is the same file (name, size, date).
  const photo = testInfo.outputPath("shop-receipt.jpg");
  const bytes = await jpegWithGps();
  await writeFile(photo, bytes);
  const input = page.getByLabel("Add proof (photo or PDF)");
  const outcomes = page.getByRole("list", { name: en.receipts.uploads });
  const proof = page.getByRole("list", { name: "Proof" });

  // Kept by the server; the answer never comes back.
  const firstAnswer = await loseNextAnswer(page, `**/api/cases/${caseId}/receipts`, bytes);
  await input.setInputFiles(photo);
  await expect(outcomes.getByRole("alert")).toHaveText(en.receipts.interrupted);
  expect(firstAnswer()).toBe(201);

  await input.setInputFiles(photo);
  await expect(outcomes.getByText(en.receipts.uploaded)).toBeVisible();
  // The page refreshes its list once an upload is kept.
  await expect(proof.getByRole("listitem")).toHaveCount(1);

  // Gone through, it is done with: the same file picked again is a second receipt.
  await input.setInputFiles(photo);
  await expect(proof.getByRole("listitem")).toHaveCount(2);
  await page.reload();
  await expect(proof.getByRole("listitem")).toHaveCount(2);
});
