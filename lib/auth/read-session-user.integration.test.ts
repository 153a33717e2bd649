import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/database-unavailable-error";
import { PrismaClient } from "@/lib/db/generated/client";
import { freePort } from "@/test/support/test-database";
import { createTestSession, createTestUser } from "@/test/support/factories";
import { readSessionUser } from "./read-session-user";

const DAY = 24 * 60 * 60 * 1000;
const shared = globalThis as unknown as { simcaseDb?: PrismaClient };

/** A session as Auth.js leaves it, last extended `extendedDaysAgo` days ago (it lasts 30). */
async function sessionFor(userId: string, extendedDaysAgo: number) {
  const session = await createTestSession(userId);
  return db().session.update({
    where: { sessionToken: session.sessionToken },
    data: { expires: new Date(Date.now() + (30 - extendedDaysAgo) * DAY) },
  });
}

describe("readSessionUser", () => {
  const appClient = db();
  afterEach(() => {
    shared.simcaseDb = appClient;
  });

  it("reads a live session's user with the fields pages use", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh", timeZone: "Asia/Shanghai" } });
    const session = await sessionFor(user.id, 0.5);
    expect(await readSessionUser(session.sessionToken)).toEqual({ id: user.id, email: user.email, locale: "zh", timeZone: "Asia/Shanghai", emailRefused: false });
    // The address's mail server refused a reminder: the pages learn it with the session, in the same statement.
    await db().user.update({ where: { id: user.id }, data: { emailRefusedAt: new Date() } });
    expect(await readSessionUser(session.sessionToken)).toMatchObject({ id: user.id, emailRefused: true });
  });

  it("leaves an expired session, or one due for its daily extension, to Auth.js", async () => {
    const user = await createTestUser();
    const due = await sessionFor(user.id, 1.5);
    const expired = await sessionFor(user.id, 31);
    expect(await readSessionUser(due.sessionToken)).toBe("ask-auth-js");
    expect(await readSessionUser(expired.sessionToken)).toBe("ask-auth-js");
    // Nothing was deleted or extended here: that is Auth.js's to do.
    expect((await db().session.findUnique({ where: { sessionToken: due.sessionToken } }))?.expires).toEqual(due.expires);
    expect(await db().session.count({ where: { sessionToken: expired.sessionToken } })).toBe(1);
  });

  it("finds no user for an unknown or revoked token", async () => {
    const user = await createTestUser();
    const session = await sessionFor(user.id, 0);
    expect(await readSessionUser("not-a-session")).toBeNull();
    await db().session.delete({ where: { sessionToken: session.sessionToken } });
    expect(await readSessionUser(session.sessionToken)).toBeNull();
  });

  it("gives each token its own user only", async () => {
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    const [aliceSession, bobSession] = [await sessionFor(alice.id, 0), await sessionFor(bob.id, 0)];
    expect(await readSessionUser(aliceSession.sessionToken)).toMatchObject({ id: alice.id, email: alice.email });
    expect(await readSessionUser(bobSession.sessionToken)).toMatchObject({ id: bob.id, email: bob.email });
  });

  it("says the database is unavailable rather than that there is no session", async () => {
    const port = await freePort();
    shared.simcaseDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://nobody@127.0.0.1:${port}/none` }) });
    await expect(readSessionUser("any-token")).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});
