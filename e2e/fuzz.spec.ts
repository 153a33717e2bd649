import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { expect, test } from "./support/fixtures";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { APP_ORIGIN, randomLoopbackAddress, rawRequest } from "./support/raw-client";

// Whatever arrives, in any path, query or form field, a route or a server
// action answers with a 2xx-4xx, never a 500, and writes nothing for it.

/** Every page and route handler, found in app/ so a new one is fuzzed too. */
function routeTemplates(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...routeTemplates(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(prefix || "/");
  }
  return [...new Set(found)];
}

const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom("%FF", "%E0%A4%A", "%C0%AF", "%00", "%2e%2e%2f", "%", "%%", "..", "%F0%9F%98", "x".repeat(3000), "%ED%A0%80"),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/),
  fc.constantFrom("' OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "null", "-1", "1e309").map(encodeURIComponent),
);

const hostileUrl = fc.record({
  template: fc.constantFrom(...routeTemplates()),
  segment: hostileText,
  query: fc.array(fc.tuple(hostileText, hostileText), { maxLength: 4 }),
}).map(({ template, segment, query }) => {
  const pathname = template.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, segment);
  return query.length ? `${pathname}?${query.map(([key, value]) => `${key}=${value}`).join("&")}` : pathname;
});

async function userRowCounts(sql: pg.Client, userId: string) {
  const { rows } = await sql.query<{ cases: number; events: number; receipts: number; reminders: number; user: string }>(
    `SELECT (SELECT count(*)::int FROM "Case" WHERE "ownerId" = $1) AS cases,
            (SELECT count(*)::int FROM "CaseEvent" WHERE "actorId" = $1) AS events,
            (SELECT count(*)::int FROM "Receipt" WHERE "ownerId" = $1) AS receipts,
            (SELECT count(*)::int FROM "Reminder" r JOIN "Case" c ON c.id = r."caseId" WHERE c."ownerId" = $1) AS reminders,
            (SELECT row_to_json(u)::text FROM (SELECT email, locale, "timeZone", "remindersEnabled", "passwordHash" FROM "User" WHERE id = $1) u) AS user`,
    [userId],
  );
  return rows[0]!;
}

test("no path, query or body makes a route answer 500, and nothing is written", async ({ page, signedInUser }) => {
  test.setTimeout(180_000);
  const sql = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await sql.connect();
  try {
    const before = await userRowCounts(sql, signedInUser.id);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const from = randomLoopbackAddress();
    await fc.assert(
      fc.asyncProperty(hostileUrl, fc.constantFrom("GET", "POST"), fc.string({ unit: "binary", maxLength: 200 }), async (url, method, body) => {
        const response = await rawRequest({
          from,
          method,
          path: url,
          headers: { cookie, origin: APP_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
          body: method === "POST" ? body : undefined,
        });
        expect(response.status, `${method} ${url.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    expect(await userRowCounts(sql, signedInUser.id)).toEqual(before);
  } finally {
    await sql.end();
  }
});
