// Receipts with RECEIPT_STORAGE=s3, through the real upload and download
// routes of the production web server: the file lands in the bucket (not in
// Postgres) and comes back byte for byte, with the headers of decision 017;
// another user learns nothing. The bucket is s3rver in this test's process;
// the web server is one of its own (the shared one keeps its files in Postgres).
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { jpeg, pdf } from "../test/support/receipt-corpus";
import { startTestS3, type TestS3 } from "../test/support/s3-server";
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let s3: TestS3;
let app: IsolatedApp;
let sql: pg.Client;
let caseId = "";
/** The signed-in user's id. */
let ownerId = "";
/** Another account's session cookie. */
let otherCookie = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  s3 = await startTestS3();
  app = await startIsolatedApp("s3", s3.env);
  sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
  const { rows } = await sql.query<{ userId: string }>(`SELECT "userId" FROM "Session"`);
  ownerId = rows[0]!.userId;
  caseId = await insertCase("SMART", "+85512345678");
  const otherId = randomUUID();
  const otherToken = randomBytes(32).toString("base64url");
  await sql.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())`, [otherId, `other-${otherId}@example.com`]);
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [
    otherToken,
    otherId,
  ]);
  otherCookie = `authjs.session-token=${otherToken}`;
});

test.afterAll(async () => {
  await sql?.end();
  await app?.stop();
  // Already stopped by the last test, unless it failed first.
  await s3?.stop().catch(() => undefined);
});

/** A case of the signed-in user's, straight into the database. */
async function insertCase(operator: "SMART" | "METFONE", phoneNumber: string): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "updatedAt")
     VALUES ($1, $2, $3, 'PHYSICAL', 'SEVEN_DAY', $4, 'IN_PROGRESS', now())`,
    [id, ownerId, operator, phoneNumber],
  );
  return id;
}

function upload(bytes: Buffer, fileName: string, cookie = app.cookie, toCase = caseId) {
  return fetch(`${app.origin}/api/cases/${toCase}/receipts`, {
    method: "POST",
    headers: { cookie, origin: app.origin, "x-file-name": fileName },
    body: new Uint8Array(bytes),
  });
}

function download(path: string, cookie = app.cookie) {
  return fetch(`${app.origin}${path}`, { headers: { cookie } });
}

async function storageOf(id: string) {
  const { rows } = await sql.query<{ storageKey: string | null; blobs: number }>(
    `SELECT "storageKey", (SELECT count(*)::int FROM "ReceiptBlob" WHERE "receiptId" = $1) AS blobs FROM "Receipt" WHERE id = $1`,
    [id],
  );
  return rows[0]!;
}

test("a PDF uploaded through the route lands in the bucket, not Postgres, and downloads identical as an attachment", async () => {
  const bytes = await pdf(2);
  const response = await upload(bytes, "Metfone receipt.pdf");
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };

  const { storageKey, blobs } = await storageOf(id);
  expect(storageKey).toMatch(/^receipts\/[A-Za-z0-9_-]+$/);
  expect(blobs).toBe(0);
  expect(await s3.objectKeys()).toEqual([`${storageKey}/original`]);
  expect((await s3.objectBytes(`${storageKey}/original`)).equals(bytes)).toBe(true);

  const file = await download(`/api/receipts/${id}`);
  expect(file.status).toBe(200);
  expect(file.headers.get("content-type")).toBe("application/pdf");
  expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Metfone receipt.pdf"; filename*=UTF-8''Metfone%20receipt.pdf`);
  expect(file.headers.get("x-content-type-options")).toBe("nosniff");
  expect(file.headers.get("cache-control")).toBe("private, no-store");
  expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
});

test("a photo and its thumbnail are two objects, each served inline with the bucket's exact bytes", async () => {
  const before = await s3.objectKeys();
  const response = await upload(await jpeg(800, 600), "IMG_2041.jpg");
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const { storageKey, blobs } = await storageOf(id);
  expect(blobs).toBe(0);
  expect((await s3.objectKeys()).filter((key) => !before.includes(key))).toEqual([`${storageKey}/original`, `${storageKey}/thumbnail`]);

  for (const [query, variant] of [["", "original"], ["?variant=thumbnail", "thumbnail"]] as const) {
    const file = await download(`/api/receipts/${id}${query}`);
    expect(file.status, variant).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("content-disposition")).toBe(`inline; filename="IMG_2041.jpg"; filename*=UTF-8''IMG_2041.jpg`);
    const served = Buffer.from(await file.arrayBuffer());
    expect(served.length, variant).toBeGreaterThan(500);
    expect(served.equals(await s3.objectBytes(`${storageKey}/${variant}`)), variant).toBe(true);
  }
  const original = await s3.objectBytes(`${storageKey}/original`);
  const thumbnail = await s3.objectBytes(`${storageKey}/thumbnail`);
  expect(thumbnail.length).toBeLessThan(original.length);
});

test("another user gets the same 404 as for no receipt at all, and cannot add to the case", async () => {
  const response = await upload(await pdf(1), "mine.pdf");
  const { id } = (await response.json()) as { id: string };
  const missing = await download(`/api/receipts/${randomUUID()}`, otherCookie);
  const missingBody = await missing.text();
  expect(missing.status).toBe(404);

  for (const query of ["", "?variant=thumbnail", "?download=1"]) {
    const theirs = await download(`/api/receipts/${id}${query}`, otherCookie);
    expect(theirs.status, query).toBe(404);
    expect(theirs.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    expect(theirs.headers.get("content-disposition")).toBeNull();
    const body = await theirs.text();
    expect(body).toBe(missingBody);
    expect(body).not.toContain("%PDF");
    expect(body).not.toContain("receipts/");
  }
  // Signed out: the same.
  expect((await fetch(`${app.origin}/api/receipts/${id}`)).status).toBe(404);

  const before = await s3.objectKeys();
  const intruder = await upload(await pdf(1), "theirs.pdf", otherCookie);
  expect(intruder.status).toBe(404);
  expect(await s3.objectKeys()).toEqual(before);
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Receipt" WHERE "caseId" = $1`, [caseId]);
  expect(rows[0]!.n).toBe(3);
});

// Last: it stops the bucket. Next.js answers the route's uncaught error with a
// 500 and prints it with console.error; the web server makes that a JSON line
// like all the others (docs/decisions/028-structured-logs.md).
test("a case deleted from its page takes its receipts' objects with it, through the deletion job", async ({ page }) => {
  const doomed = await insertCase("METFONE", "+855971234567");
  const uploaded = await upload(await pdf(1), "doomed.pdf", app.cookie, doomed);
  const { id } = (await uploaded.json()) as { id: string };
  const { storageKey } = await storageOf(id);
  expect(storageKey).toBeTruthy();

  const [name, value] = app.cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: app.origin }]);
  await page.goto(`${app.origin}/cases/${doomed}`);
  await page.locator("summary", { hasText: en.cases.delete.summary }).click();
  await page.getByLabel(en.cases.delete.confirm).check();
  await page.getByRole("button", { name: en.cases.delete.submit }).click();
  await expect(page).toHaveURL(/\/cases$/);

  // No worker runs beside this server: the job waits in the queue, naming the object.
  const queued = await sql.query<{ data: { keys: string[] } }>(`SELECT data FROM pgboss.job WHERE name = 'receipts.delete-objects'`);
  expect(queued.rows.flatMap((row) => row.data.keys)).toContain(storageKey);
});

test("with the bucket down a download is a 500, and every line the web server wrote is JSON, Next.js's error too", async () => {
  const response = await upload(await pdf(1), "outage.pdf");
  const { id } = (await response.json()) as { id: string };
  await s3.stop();
  const failed = await download(`/api/receipts/${id}`);
  expect(failed.status).toBe(500);
  const requestId = failed.headers.get("x-request-id");
  // Next.js's warning for a server action this build does not have: console.warn of an Error.
  await fetch(`${app.origin}/sign-in`, {
    method: "POST",
    headers: { origin: app.origin, "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });

  let lines: Record<string, unknown>[] = [];
  await expect
    .poll(() => {
      const output = app.output().trimEnd();
      lines = output.split("\n").map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`not a JSON line: ${line}\n--- all output ---\n${output}`);
        }
      });
      return lines.filter((line) => line.component === "next").length;
    })
    .toBeGreaterThanOrEqual(2);
  for (const line of lines) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });

  const error = lines.find((line) => line.level === "error" && line.requestId === requestId);
  expect(error, JSON.stringify(lines, null, 1)).toMatchObject({ component: "next", msg: expect.stringContaining("GetObject") });
  expect(error!.err).toMatchObject({ name: "ReceiptStorageError", message: expect.stringContaining("GetObject"), stack: expect.stringContaining("\n    at ") });
  const warning = lines.find((line) => line.level === "warn" && line.component === "next");
  expect(warning!.msg).toContain("Failed to find Server Action");
  expect(JSON.stringify(lines)).not.toContain("⨯");
});
