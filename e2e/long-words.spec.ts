import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import pg from "pg";
import { en, zh } from "./support/messages";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { expect, HOME, seedUser, signIn, test } from "./support/fixtures";
import { png } from "../test/support/receipt-corpus";

// What users type has no spaces to wrap at as often as one would hope: a
// nickname of 60 letters (the field's most), a scanner's file name, a pasted
// reference. On the narrowest phone none of it may push the page sideways.
test.use({ viewport: { width: 360, height: 740 } });

const word = (length: number, letter = "W") => `${letter}${"x".repeat(length - 1)}`;
/** A reference number as an agent might dictate it, one unbroken run that the closed case lists. */
const REFERENCE = `SM-${"8".repeat(60)}`;
const NICKNAME = word(60, "N");
const PROVIDER = word(80, "P");
const FILE_NAME = "Scan_of_the_very_long_receipt_from_the_operator_store_2026_12_01_final_v2.png";

async function sql<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A custom step done with a note, and a timeline note, straight into the database: their forms are not what is tested here. */
async function addLongStepAndNote(caseId: string, userId: string) {
  const title = word(120, "T");
  const note = word(200, "R");
  await sql(async (client) => {
    await client.query(
      `INSERT INTO "CaseStep" (id, "caseId", kind, position, title, "howTo", "whatToBring", state, "completedAt", note, "updatedAt")
       VALUES ($1 || '-long', $1, 'PROCEDURE', 90, $2, $3, $4, 'DONE', now(), $5, now())`,
      [caseId, title, word(300, "H"), word(150, "B"), note],
    );
    const event = `INSERT INTO "CaseEvent" (id, "caseId", "actorId", kind, data) VALUES ($1 || $2, $1, $3, $4, $5)`;
    await client.query(event, [caseId, "-step", userId, "STEP_DONE", JSON.stringify({ title, note })]);
    await client.query(event, [caseId, "-note", userId, "NOTE_ADDED", JSON.stringify({ text: `Reference ${REFERENCE} ${word(150, "Z")}` })]);
  });
}

/** The page no wider than the phone, with every fold opened; on failure, the text that sticks out. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const { width, wide } = await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const limit = document.documentElement.clientWidth + 0.5;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const sticking: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Screen-reader-only text is clipped to a pixel: it widens nothing.
      if (node.parentElement?.closest(".sr-only")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > limit) sticking.push(`<${node.parentElement?.tagName.toLowerCase()}> ${node.textContent?.trim().slice(0, 30)}`);
    }
    return { width: document.documentElement.scrollWidth, wide: sticking };
  });
  expect.soft(width, `${label} is wider than the phone: ${wide.join(" | ")}`).toBeLessThanOrEqual(360);
}

for (const { code, m } of [
  { code: "en", m: en },
  { code: "zh", m: zh },
] as const) {
  test(`[${code}] long words typed anywhere wrap: the case page, My cases and the dashboard stay 360 px wide`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await signIn(page, user.email, user.password);
    await page.waitForURL(HOME);

    await page.goto("/cases/new");
    await page.getByLabel(m.cases.form.operator).selectOption("OTHER");
    await page.getByLabel(m.cases.form.operatorName).fill(PROVIDER);
    await page.getByLabel(m.cases.form.phoneNumber, { exact: true }).fill("097 555 8888");
    await page.getByLabel(m.cases.form.nickname).fill(NICKNAME);
    // Leaving tomorrow: the flight card names the provider too.
    await page.getByLabel(m.cases.form.leavingOn).fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel(m.cases.form.notes).fill(`Bought at ${word(120, "A")}`);
    await page.getByRole("button", { name: m.cases.form.open }).click();
    await expect(page.getByRole("heading", { level: 1, name: NICKNAME })).toBeVisible();
    const caseId = new URL(page.url()).pathname.split("/").pop()!;

    await page.getByLabel(m.receipts.add).setInputFiles({ name: FILE_NAME, mimeType: "image/png", buffer: await png(64, 48) });
    const timeline = page.getByRole("list", { name: m.timeline.label });
    await expect(timeline.getByText(FILE_NAME)).toBeVisible();
    await addLongStepAndNote(caseId, user.id);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: NICKNAME })).toBeVisible();
    await expectNoSidewaysScroll(page, "the case page");
    await page.goto("/cases");
    await expect(page.getByRole("link", { name: new RegExp(NICKNAME) })).toBeVisible();
    await expectNoSidewaysScroll(page, "My cases");
    await page.goto("/");
    await expect(page.getByRole("link", { name: new RegExp(NICKNAME) })).toBeVisible();
    await expectNoSidewaysScroll(page, "the dashboard");
    await page.goto(`/cases/${caseId}/edit`);
    await expectNoSidewaysScroll(page, "the edit page");

    // Closed, the summary lists the reference numbers found in the notes.
    await sql((client) => client.query(`UPDATE "Case" SET status = 'DONE', "closedAt" = now(), "nextDueAt" = NULL WHERE id = $1`, [caseId]));
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByText(REFERENCE, { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, "the closed case page");
  });
}
