import { readFile } from "node:fs/promises";
import pg from "pg";
import { en, zh } from "./support/messages";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { HOME, expect, seedUser, signIn, test } from "./support/fixtures";

/** Cases straight into the database: the test is about the dashboard, not about opening them. */
async function seedCases(ownerId: string, count: number, status: "IN_PROGRESS" | "WAITING_FOR_OPERATOR") {
  const sql = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await sql.connect();
  try {
    await sql.query(
      `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", nickname, status, "expectedBy", "waitingSince", "updatedAt")
       SELECT $1 || '-' || $3 || '-' || g, $1, 'METFONE', 'PHYSICAL', 'SEVEN_DAY', '+85597' || lpad(g::text, 7, '0'), $3 || ' ' || g,
              $3::"CaseStatus", CASE WHEN $3 = 'WAITING_FOR_OPERATOR' THEN now() + g * interval '1 day' END,
              CASE WHEN $3 = 'WAITING_FOR_OPERATOR' THEN now() END, now()
         FROM generate_series(1, $2::int) g`,
      [ownerId, count, status],
    );
  } finally {
    await sql.end();
  }
}

for (const { code, m } of [
  { code: "en", m: en },
  { code: "zh", m: zh },
] as const) {
  test(`[${code}] with many open cases, the dashboard shows five of each group and links to the rest`, async ({ page }) => {
    const user = await seedUser({ locale: code });
    await seedCases(user.id, 12, "IN_PROGRESS");
    await seedCases(user.id, 8, "WAITING_FOR_OPERATOR");
    await signIn(page, user.email, user.password);
    await page.waitForURL(HOME);

    // Its tab names the page and the site, as every other page's does.
    await expect(page).toHaveTitle(`${m.dashboard.metaTitle} · Simcase`);
    const needsYou = page.getByRole("region", { name: m.dashboard.needsYou });
    const waiting = page.getByRole("region", { name: m.dashboard.waiting });
    await expect(needsYou.getByRole("listitem")).toHaveCount(5);
    await expect(waiting.getByRole("listitem")).toHaveCount(5);
    // What waits on an operator is no longer pushed a dozen screens down.
    const heading = await waiting.getByRole("heading").boundingBox();
    expect(heading!.y).toBeLessThan(3 * page.viewportSize()!.height);

    await expect(needsYou.locator('a[href="/cases?status=NEEDS_YOU&sort=due"]')).toContainText("7");
    const more = waiting.locator('a[href="/cases?status=WAITING_FOR_OPERATOR&sort=due"]');
    await expect(more).toContainText("3");
    await more.click();
    await expect(page).toHaveURL(/\/cases\?status=WAITING_FOR_OPERATOR&sort=due$/);
    await expect(page.getByRole("link", { name: /^WAITING_FOR_OPERATOR \d · / })).toHaveCount(8);
    await expect(page.getByRole("link", { name: /^IN_PROGRESS / })).toHaveCount(0);

    // "Needs you now" lists the twelve open ones, none of those still waiting.
    await page.goto("/");
    await needsYou.locator('a[href="/cases?status=NEEDS_YOU&sort=due"]').click();
    await expect(page.getByRole("link", { name: /^IN_PROGRESS \d+ · / })).toHaveCount(12);
    await expect(page.getByRole("link", { name: /^WAITING_FOR_OPERATOR / })).toHaveCount(0);
  });
}
