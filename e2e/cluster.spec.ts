import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { jpeg } from "../test/support/receipt-corpus";
import { startCluster, type Cluster } from "./support/cluster";
import { expect, HOME, test, uniqueEmail } from "./support/fixtures";

// `npm run cluster` as a deployment runs it: two web servers and two workers
// behind HAProxy, on one Postgres, receipt files in one S3 bucket (s3rver, in
// this test's process). Slow to start, so one cluster for the file.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let cluster: Cluster;
let sql: pg.Client;
/** The session cookie of the first test's sign-in, used by the others (each test has a fresh browser context). */
let cookie = "";
const password = `pw-${randomUUID()}`;
const user = { id: randomUUID(), email: uniqueEmail("cluster") };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster();
  sql = new pg.Client({ connectionString: cluster.databaseUrl });
  await sql.connect();
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql.query(`INSERT INTO "User" (id, email, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
    user.id,
    user.email,
    passwordHash,
  ]);
});

// CI keeps only the output: a failure there should say what the proxy and servers saw.
// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from the pattern: this hook needs none.
test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && cluster) console.log(`cluster stderr, last lines:\n${cluster.logTail()}`);
});

test.afterAll(async () => {
  await sql?.end();
  await cluster?.stop();
});

test("a session made through the proxy works on every web server, and round-robin serves it", async ({ page }) => {
  await page.goto(`${cluster.url}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(HOME);
  cookie = (await page.context().cookies(cluster.url)).map((c) => `${c.name}=${c.value}`).join("; ");

  for (const server of [...cluster.webServers, ...Array.from({ length: 4 }, () => cluster.url)]) {
    const response = await fetch(`${server}/account`, { headers: { cookie }, redirect: "manual" });
    expect(response.status, server).toBe(200);
    expect(await response.text()).toContain(user.email);
  }
});

test("a receipt uploaded through one web server lands in the bucket and downloads, identical, from the other", async () => {
  const caseId = randomUUID();
  await sql.query(
    `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "updatedAt")
     VALUES ($1, $2, 'SMART', 'PHYSICAL', 'SEVEN_DAY', '+85512345678', 'IN_PROGRESS', now())`,
    [caseId, user.id],
  );
  const [first, second] = cluster.webServers as [string, string];
  const upload = await fetch(`${first}/api/cases/${caseId}/receipts`, {
    method: "POST",
    headers: { cookie, origin: cluster.url, "content-type": "image/jpeg", "x-file-name": "receipt.jpg" },
    body: new Uint8Array(await jpeg()),
  });
  expect(upload.status).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  // In the bucket the servers share, not in Postgres.
  const { rows } = await sql.query<{ storageKey: string | null; blobs: number }>(
    `SELECT "storageKey", (SELECT count(*)::int FROM "ReceiptBlob" WHERE "receiptId" = $1) AS blobs FROM "Receipt" WHERE id = $1`,
    [id],
  );
  const { storageKey, blobs } = rows[0]!;
  expect(storageKey).toMatch(/^receipts\//);
  expect(blobs).toBe(0);
  expect(await cluster.s3.objectKeys()).toEqual([`${storageKey}/original`, `${storageKey}/thumbnail`]);
  const download = async (server: string) => {
    const response = await fetch(`${server}/api/receipts/${id}`, { headers: { cookie } });
    expect(response.status, server).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const [fromFirst, fromSecond] = [await download(first), await download(second)];
  expect(fromSecond.length).toBeGreaterThan(1000);
  expect(fromSecond.equals(fromFirst)).toBe(true);
  expect(fromSecond.equals(await cluster.s3.objectBytes(`${storageKey}/original`))).toBe(true);
});

test("a killed worker and a killed web server are started again, and the proxy serves meanwhile", async ({ page }) => {
  const role = (command: string) => (command.includes("worker.ts") ? "worker" : command.includes("web-server.mjs") ? "web" : "other");
  const running = (which: string) => cluster.processes().filter((child) => role(child.command) === which).map((child) => child.pid);
  const [worker] = running("worker");
  const [web] = running("web");
  expect(running("worker")).toHaveLength(2);
  expect(running("web")).toHaveLength(2);

  process.kill(worker!, "SIGKILL");
  process.kill(web!, "SIGKILL");
  // The other server serves every page meanwhile: the proxy retries a refused connection elsewhere.
  // In a browser: the proxy drops its idle connection to a client the killed server last answered,
  // and a browser, unlike fetch(), sends the request again on a new one, as it does for any such drop.
  await page.context().addCookies(cookie.split("; ").map((pair) => ({ name: pair.split("=")[0]!, value: pair.slice(pair.indexOf("=") + 1), url: cluster.url })));
  for (let i = 0; i < 6; i += 1) {
    await page.goto(`${cluster.url}/account`);
    await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  }

  for (const which of ["worker", "web"]) {
    await expect.poll(() => running(which).length, { timeout: 30_000, message: `two ${which} processes again` }).toBe(2);
  }
  expect(running("worker")).not.toContain(worker);
  expect(running("web")).not.toContain(web);
  for (const server of cluster.webServers) {
    await expect.poll(() => fetch(`${server}/readyz`).then((response) => response.status, () => 0), { timeout: 60_000, message: server }).toBe(200);
  }
  expect(cluster.logTail(400)).toMatch(/worker\d stopped \(SIGKILL\); starting it again in 1 s/);
  expect(cluster.logTail(400)).toMatch(/web\d stopped \(SIGKILL\); starting it again in 1 s/);
  // The restarted worker takes its share of the next test's reminders.
});

test("1,000 due reminders with two workers go out exactly once each, and the schedule fires once a minute", async () => {
  test.setTimeout(240_000);
  await sql.query(
    `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "expectedBy", "waitingSince", "updatedAt")
     SELECT 'cluster-case-' || g, $1, 'METFONE', 'PHYSICAL', 'SEVEN_DAY', '+85597' || lpad(g::text, 7, '0'),
            'WAITING_FOR_OPERATOR', now() + interval '1 day', now(), now()
       FROM generate_series(1, 1000) g`,
    [user.id],
  );
  await sql.query(
    `INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
     SELECT 'cluster-reminder-' || g, 'cluster-case-' || g, 'CHECK', 0, 0, now() - interval '1 second', now()
       FROM generate_series(1, 1000) g`,
  );
  const reminderMail = () => cluster.messageIds.filter((id) => id.startsWith("<reminder-cluster-reminder-"));
  await expect.poll(() => reminderMail().length, { timeout: 200_000, intervals: [1_000] }).toBeGreaterThanOrEqual(1000);
  // Settle: a duplicate would arrive right behind the original.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const sent = reminderMail();
  expect(sent.length).toBe(1000);
  expect(new Set(sent).size).toBe(1000);
  const { rows } = await sql.query<{ state: string; n: number }>(
    `SELECT state::text, count(*)::int AS n FROM "Reminder" WHERE id LIKE 'cluster-reminder-%' GROUP BY state`,
  );
  expect(rows).toEqual([{ state: "SENT", n: 1000 }]);

  // pg-boss's scheduler runs in both workers; each minute's dispatch was queued once.
  // (A run that finds a backlog queues extra runs, keyed "backlog": those are not the schedule's.)
  const { rows: minutes } = await sql.query<{ minute: Date; n: number }>(
    `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n
       FROM (SELECT created_on FROM pgboss.job WHERE name = 'reminders.dispatch' AND singleton_key IS NULL
             UNION ALL
             SELECT created_on FROM pgboss.archive WHERE name = 'reminders.dispatch' AND singleton_key IS NULL) scheduled
      GROUP BY 1`,
  );
  expect(minutes.length).toBeGreaterThan(0);
  expect(minutes.filter((minute) => minute.n > 1)).toEqual([]);
});
