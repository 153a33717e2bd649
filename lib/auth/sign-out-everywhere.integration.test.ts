import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestSession, createTestUser } from "@/test/support/factories";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { signOutEverywhere } from "./sign-out-everywhere";

describe("signOutEverywhere", () => {
  it("deletes every session of the user, this one too, and none of another user's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await createTestSession(user.id);
    await createTestSession(user.id);
    const kept = await createTestSession(other.id);

    expect(await signOutEverywhere(user.id)).toBe(2);

    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const left = await db().session.findMany({ where: { userId: other.id } });
    expect(left.map((session) => session.sessionToken)).toEqual([kept.sessionToken]);
  });

  it("does nothing for an account without sessions or that does not exist", async () => {
    const other = await createTestUser();
    await createTestSession(other.id);

    expect(await signOutEverywhere("no-such-user")).toBe(0);
    expect(await db().session.count({ where: { userId: other.id } })).toBe(1);
  });
});

describe("signOutEverywhere, for a lost phone", () => {
  it("also turns off the calendar link, and leaves another user's on", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await createCalendarFeed(user.id);
    await createCalendarFeed(other.id);

    await signOutEverywhere(user.id);

    expect(await db().calendarFeed.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().calendarFeed.count({ where: { userId: other.id } })).toBe(1);
  });
});
