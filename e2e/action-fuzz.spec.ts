import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import fc from "fast-check";
import pg from "pg";
import { actionRequest, crossUserRequest, type ActionRequest, type OtherUser } from "./support/action-bodies";
import { expect, HOME, openCase, seedUser, signIn, test } from "./support/fixtures";
import { en, zh } from "./support/messages";
import { builtActions, type ServerAction as Action } from "./support/server-actions";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { APP_ORIGIN, randomLoopbackAddress, rawRequest } from "./support/raw-client";
import { userDataSnapshot } from "./support/user-data";

// Every server action of the build, found in its manifest (so a new action is
// fuzzed too), posted hostile bodies from our own origin with a valid session:
// never a 500, and nothing of the user's, or of another user whose ids the
// bodies carry, is written. The fuzzed bodies are encoded as React's client
// encodes a form, so their fields reach the action's schema; and each action
// about a case is also sent well-formed calls naming another user's case, step
// or receipt, which only the domain's ownership check can refuse.

/** Actions that take no input: any body is a valid request, and they write (or sign out) by design. */
const COMMANDS = new Set(["signOutAction", "signOutEverywhereAction", "disconnectTelegramAction", "connectTelegramAction", "resendVerificationAction", "reminderSettingsAction"]);
const RUNS_PER_ACTION = 25;
const CROSS_USER_RUNS = 6;

async function withDatabase<T>(work: (sql: pg.Client) => Promise<T>): Promise<T> {
  const sql = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await sql.connect();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

async function sessionCookie(sql: pg.Client, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, userId]);
  return `authjs.session-token=${token}`;
}

type Post = { action: Action; cookie: string; pagePath: (template: string) => string };

async function fuzzAction({ action, cookie, pagePath }: Post, requests: fc.Arbitrary<ActionRequest>, numRuns: number, expectStatus: (status: number, message: string) => void) {
  const from = randomLoopbackAddress();
  await fc.assert(
    fc.asyncProperty(requests, async (request) => {
      const response = await rawRequest({
        from,
        method: "POST",
        path: pagePath(action.page),
        headers: { ...request.headers, cookie, origin: APP_ORIGIN, "content-length": String(request.body.length) },
        body: request.body,
      });
      expectStatus(response.status, `${action.name}: ${request.label}\n${response.body.slice(0, 300)}`);
    }),
    // FUZZ_SEED and FUZZ_PATH (printed with a failure) replay a counterexample.
    { numRuns, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {}) },
  );
}

const below500 = (status: number, message: string) => expect(status, message).toBeLessThan(500);
// "Not found, or not yours" is the 404 page: a schema error would be the form's 200, a write a 200 or a redirect.
const refusedAsNotYours = (status: number, message: string) => expect(status, message).toBe(404);

const actions = builtActions();
/** An action on a case's pages: its form names the case (and a step or receipt of it). */
const aboutACase = (action: Action) => action.page.startsWith("/cases/[id]");

test("the build's server actions are all found", () => {
  expect(actions.length).toBeGreaterThanOrEqual(30);
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(["createCaseAction", "changeStatusAction", "signInAction", "saveTimeZoneAction"]));
  expect(actions.filter(aboutACase).map((action) => action.name)).toEqual(expect.arrayContaining(["editCaseAction", "deleteStepAction", "deleteReceiptAction"]));
});

test("a server action fed hostile bodies answers without a 500 and writes nothing of the user's or another's", async ({ page, user }) => {
  test.setTimeout(240_000);
  // Another user's case: its ids go into the bodies, and must never be reached.
  const other = await seedUser();
  await signIn(page, other.email, other.password);
  await expect(page).toHaveURL(HOME);
  const otherCaseId = await openCase(page, { operator: "Smart", phone: "012 345 678", nickname: "Not yours" });
  await withDatabase(async (sql) => {
    const { rows } = await sql.query<{ id: string }>(`SELECT id FROM "CaseStep" WHERE "caseId" = $1`, [otherCaseId]);
    const receiptId = `fuzz-receipt-${randomBytes(6).toString("hex")}`;
    await sql.query(`INSERT INTO "Receipt" (id, "caseId", "ownerId", kind, "contentType", "fileName", size) VALUES ($1, $2, $3, 'PDF', 'application/pdf', 'sim.pdf', 1)`, [receiptId, otherCaseId, other.id]);
    const theirs: OtherUser = { caseId: otherCaseId, stepIds: rows.map((row) => row.id), receiptId };
    expect(theirs.stepIds.length).toBeGreaterThan(0);
    const ids = [otherCaseId, receiptId, ...theirs.stepIds];
    const cookie = await sessionCookie(sql, user.id);
    const before = { mine: await userDataSnapshot(sql, user.id), theirs: await userDataSnapshot(sql, other.id) };
    const pagePath = (template: string) => template.replace(/\[[^\]]+\]/g, otherCaseId);
    for (const action of actions.filter((candidate) => !COMMANDS.has(candidate.name))) {
      const post = { action, cookie, pagePath };
      await fuzzAction(post, actionRequest(action.id, ids), RUNS_PER_ACTION, below500);
      if (aboutACase(action)) await fuzzAction(post, crossUserRequest(action.id, theirs), CROSS_USER_RUNS, refusedAsNotYours);
      expect({ mine: await userDataSnapshot(sql, user.id), theirs: await userDataSnapshot(sql, other.id) }, action.name).toEqual(before);
    }
  });
});

test("an action that takes no input answers hostile bodies without a 500", async () => {
  test.setTimeout(120_000);
  const throwaway = await seedUser();
  await withDatabase(async (sql) => {
    const cookie = await sessionCookie(sql, throwaway.id);
    for (const action of actions.filter((candidate) => COMMANDS.has(candidate.name))) {
      await fuzzAction({ action, cookie, pagePath: (template) => template.replace(/\[[^\]]+\]/g, "x") }, actionRequest(action.id, []), RUNS_PER_ACTION, below500);
    }
  });
});

test("an action body that cannot be decoded gets a 400 page, one over 1 MB a 413, each in the reader's language", async () => {
  const signInAction = actions.find((action) => action.name === "signInAction")!;
  const post = (body: string, headers: Record<string, string>) =>
    rawRequest({
      from: randomLoopbackAddress(),
      method: "POST",
      path: "/sign-in",
      headers: { origin: APP_ORIGIN, "next-action": signInAction.id, ...headers },
      body,
    });
  const cutOff = await post(`--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]`, { "content-type": "multipart/form-data; boundary=b" });
  expect(cutOff.status).toBe(400);
  expect(cutOff.body).toContain(en.serverPages.badFormTitle);
  const notArguments = await post("{}", { "content-type": "text/plain;charset=UTF-8", "accept-language": "zh-CN" });
  expect(notArguments.status).toBe(400);
  expect(notArguments.body).toContain(zh.serverPages.badFormTitle);
  const huge = await post(JSON.stringify(["x".repeat(1_100_000)]), { "content-type": "text/plain;charset=UTF-8" });
  expect(huge.status).toBe(413);
  expect(huge.body).toContain(en.serverPages.tooLargeTitle);
});
