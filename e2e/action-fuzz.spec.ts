import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import fc from "fast-check";
import pg from "pg";
import { actionRequest } from "./support/action-bodies";
import { expect, HOME, openCase, seedUser, signIn, test } from "./support/fixtures";
import { en, zh } from "./support/messages";
import { builtActions, type ServerAction as Action } from "./support/server-actions";
import { E2E_DATABASE_URL_FILE } from "./support/paths";
import { APP_ORIGIN, randomLoopbackAddress, rawRequest } from "./support/raw-client";
import { userDataSnapshot } from "./support/user-data";

// Every server action of the build, found in its manifest (so a new action is
// fuzzed too), posted hostile bodies from our own origin with a valid session:
// never a 500, and nothing of the user's, or of another user whose ids the
// bodies carry, is written.

/** Actions that take no input: any body is a valid request, and they write (or sign out) by design. */
const COMMANDS = new Set(["signOutAction", "signOutEverywhereAction", "disconnectTelegramAction", "connectTelegramAction", "resendVerificationAction", "reminderSettingsAction"]);
const RUNS_PER_ACTION = 25;

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

async function fuzzAction(action: Action, cookie: string, pagePath: (template: string) => string, ids: string[]) {
  const from = randomLoopbackAddress();
  await fc.assert(
    fc.asyncProperty(actionRequest(action.id, ids), async (request) => {
      const response = await rawRequest({
        from,
        method: "POST",
        path: pagePath(action.page),
        headers: { ...request.headers, cookie, origin: APP_ORIGIN, "content-length": String(request.body.length) },
        body: request.body,
      });
      expect(response.status, `${action.name}: ${request.label}\n${response.body.slice(0, 300)}`).toBeLessThan(500);
    }),
    // FUZZ_SEED and FUZZ_PATH (printed with a failure) replay a counterexample.
    { numRuns: RUNS_PER_ACTION, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {}) },
  );
}

const actions = builtActions();

test("the build's server actions are all found", () => {
  expect(actions.length).toBeGreaterThanOrEqual(30);
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(["createCaseAction", "changeStatusAction", "signInAction", "saveTimeZoneAction"]));
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
    const ids = [otherCaseId, ...rows.map((row) => row.id)];
    const cookie = await sessionCookie(sql, user.id);
    const before = { mine: await userDataSnapshot(sql, user.id), theirs: await userDataSnapshot(sql, other.id) };
    const pagePath = (template: string) => template.replace(/\[[^\]]+\]/g, otherCaseId);
    for (const action of actions.filter((candidate) => !COMMANDS.has(candidate.name))) {
      await fuzzAction(action, cookie, pagePath, ids);
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
      await fuzzAction(action, cookie, (template) => template.replace(/\[[^\]]+\]/g, "x"), []);
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
