import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestSession, createTestUser } from "@/test/support/factories";
import { getSessionAndUser } from "./get-session-and-user";

describe("getSessionAndUser", () => {
  it("returns the session with the fields pages read, and never the password hash", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh", timeZone: "Asia/Shanghai" } });
    const session = await createTestSession(user.id);

    const found = await getSessionAndUser(session.sessionToken);

    expect(found?.session).toEqual({ sessionToken: session.sessionToken, userId: user.id, expires: session.expires });
    expect(found?.user).toMatchObject({ id: user.id, email: user.email, locale: "zh", timeZone: "Asia/Shanghai" });
    expect(Object.keys(found!.user)).not.toContain("passwordHash");
  });

  it("finds nothing for an unknown or revoked token", async () => {
    const user = await createTestUser();
    const session = await createTestSession(user.id);
    expect(await getSessionAndUser("not-a-session")).toBeNull();
    await db().session.delete({ where: { sessionToken: session.sessionToken } });
    expect(await getSessionAndUser(session.sessionToken)).toBeNull();
  });

  it("gives each token its own user only", async () => {
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    const [aliceSession, bobSession] = [await createTestSession(alice.id), await createTestSession(bob.id)];
    expect((await getSessionAndUser(aliceSession.sessionToken))?.user.email).toBe(alice.email);
    expect((await getSessionAndUser(bobSession.sessionToken))?.user.email).toBe(bob.email);
  });
});
