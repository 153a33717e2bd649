import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { deleteCase } from "@/lib/cases/delete-case";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { createCalendarFeed } from "./create-calendar-feed";
import { getCalendarFeedStatus } from "./get-calendar-feed-status";
import { getCaseCalendar } from "./get-case-calendar";
import { getFeedCalendar } from "./get-feed-calendar";
import { revokeCalendarFeed } from "./revoke-calendar-feed";
import { NOT_FOUND } from "@/test/support/not-found";

// Monday 4 May 2026, 10:00 in Phnom Penh.
const START = new Date("2026-05-04T03:00:00Z");

function events(text: string) {
  const calendar = ICAL.Component.fromString(text);
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const utc = (event: ICAL.Event) => event.startDate.toJSDate().toISOString();

async function waitingCase(ownerId: string, fields: Parameters<typeof createTestCase>[1] = {}) {
  const { id } = await createTestCase(ownerId, { operator: "METFONE", nickname: "Holiday SIM", ...fields }, START);
  await changeCaseStatus(ownerId, id, { type: "wait", days: 1, counting: "CALENDAR" }, START);
  return id;
}

describe("a case's calendar file", () => {
  it("holds the expected-by moment, every scheduled reminder and the leaving day, in UTC", async () => {
    const user = await createTestUser();
    const caseId = await waitingCase(user.id, { leavingOn: "2026-05-20" });

    const file = await getCaseCalendar(user.id, caseId);
    expect(file.fileName).toBe("simcase-Holiday SIM.ics");
    expect(file.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const found = events(file.body);
    const byUid = new Map(found.map((event) => [event.uid, event]));

    // Expected by Tuesday 5 May, 18:00 in Phnom Penh = 11:00Z.
    const expected = byUid.get(`case-${caseId}-expected@simcase`)!;
    expect(utc(expected)).toBe("2026-05-05T11:00:00.000Z");
    expect(expected.endDate.toJSDate().toISOString()).toBe("2026-05-05T11:30:00.000Z");
    expect(expected.summary).toBe("Metfone’s answer due: Holiday SIM");
    expect(expected.description).toContain(`http://localhost:3000/cases/${caseId}`);
    expect(expected.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/cases/${caseId}`);

    // The check at 09:00 local (02:00Z) on the expected-by day, then the follow-ups and the last call.
    const reminders = found.filter((event) => event.uid.includes("-reminder-"));
    expect(reminders.map((event) => [event.uid, utc(event)])).toEqual([
      [`case-${caseId}-reminder-0@simcase`, "2026-05-05T02:00:00.000Z"],
      [`case-${caseId}-reminder-1@simcase`, "2026-05-07T02:00:00.000Z"],
      [`case-${caseId}-reminder-2@simcase`, "2026-05-09T02:00:00.000Z"],
      [`case-${caseId}-reminder-3@simcase`, "2026-05-11T02:00:00.000Z"],
      [`case-${caseId}-reminder-4@simcase`, "2026-05-13T02:00:00.000Z"],
      [`case-${caseId}-reminder-5@simcase`, "2026-05-15T02:00:00.000Z"],
      [`case-${caseId}-reminder-99@simcase`, "2026-05-17T02:00:00.000Z"],
    ]);
    expect(reminders[0]!.summary).toBe("Check for Metfone’s answer: Holiday SIM");
    expect(reminders[1]!.summary).toBe("Follow up with Metfone: Holiday SIM");

    const leaving = byUid.get(`case-${caseId}-leaving@simcase`)!;
    expect(leaving.startDate.isDate).toBe(true);
    expect(leaving.startDate.toString()).toBe("2026-05-20");
    expect(found).toHaveLength(9);
  });

  it("keeps the same UIDs, with a higher SEQUENCE, when the reminders are rescheduled", async () => {
    const user = await createTestUser();
    const caseId = await waitingCase(user.id);
    const before = events((await getCaseCalendar(user.id, caseId)).body);
    const rowsBefore = await db().reminder.findMany({ where: { caseId }, select: { id: true } });

    // An hour later the user says the review takes 3 days, not 1.
    await changeCaseStatus(user.id, caseId, { type: "wait", days: 3, counting: "CALENDAR" }, new Date(START.getTime() + 3_600_000));
    const after = events((await getCaseCalendar(user.id, caseId)).body);
    const rowsAfter = await db().reminder.findMany({ where: { caseId, state: "SCHEDULED" }, select: { id: true } });

    // The rows themselves were replaced...
    expect(rowsAfter.some((row) => rowsBefore.some((old) => old.id === row.id))).toBe(false);
    // ...but the calendar sees the same events, moved.
    expect(after.map((event) => event.uid).sort()).toEqual(before.map((event) => event.uid).sort());
    const expectedBefore = before.find((event) => event.uid.endsWith("-expected@simcase"))!;
    const expectedAfter = after.find((event) => event.uid.endsWith("-expected@simcase"))!;
    expect(utc(expectedAfter)).toBe("2026-05-07T11:00:00.000Z");
    expect(expectedAfter.sequence).toBeGreaterThan(expectedBefore.sequence);
  });

  it("speaks the owner's language, and Chinese text survives folding", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh" } });
    const caseId = await waitingCase(user.id, { nickname: "回国前要注销的金边旅行用电话卡" });

    const file = await getCaseCalendar(user.id, caseId);
    const expected = events(file.body).find((event) => event.uid.endsWith("-expected@simcase"))!;
    expect(expected.summary).toBe("Metfone 预计答复：回国前要注销的金边旅行用电话卡");
    expect(file.body.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("is empty for a closed case", async () => {
    const user = await createTestUser();
    const caseId = await waitingCase(user.id, { leavingOn: "2026-05-20" });
    await changeCaseStatus(user.id, caseId, { type: "giveUp" }, START);
    expect(events((await getCaseCalendar(user.id, caseId)).body)).toEqual([]);
  });

  it("is not found for another user's case or a missing one", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const caseId = await waitingCase(owner.id);
    await expect(getCaseCalendar(other.id, caseId)).rejects.toMatchObject(NOT_FOUND);
    await expect(getCaseCalendar(owner.id, "no-such-case")).rejects.toMatchObject(NOT_FOUND);
  });
});

describe("the private calendar feed", () => {
  it("lists the open deadlines of the owner's cases only", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const waiting = await waitingCase(user.id);
    const leaving = (await createTestCase(user.id, { nickname: "Leaving SIM", leavingOn: "2026-06-01" }, START)).id;
    const plain = (await createTestCase(user.id, { nickname: "Plain SIM" }, START)).id;
    const closed = await waitingCase(user.id, { nickname: "Done SIM", leavingOn: "2026-06-02" });
    await changeCaseStatus(user.id, closed, { type: "giveUp" }, START);
    const deleted = await waitingCase(user.id, { nickname: "Deleted SIM" });
    await deleteCase(user.id, deleted);
    const foreign = await waitingCase(other.id, { nickname: "Someone else's SIM" });
    await createCalendarFeed(other.id);

    const { token } = await createCalendarFeed(user.id);
    const feed = await getFeedCalendar(token);
    expect(feed).not.toBeNull();
    const uids = events(feed!).map((event) => event.uid);
    expect(uids).toContain(`case-${waiting}-expected@simcase`);
    expect(uids).toContain(`case-${leaving}-leaving@simcase`);
    expect(uids.filter((uid) => uid.includes(waiting))).toHaveLength(8);
    expect(uids).toHaveLength(9);
    for (const absent of [plain, closed, deleted, foreign]) expect(uids.some((uid) => uid.includes(absent))).toBe(false);
    expect(ICAL.Component.fromString(feed!).getFirstPropertyValue("x-wr-calname")).toBe("Simcase: SIM deadlines");
  });

  it("stores only the token's hash, and a new link turns the old one off", async () => {
    const user = await createTestUser();
    await waitingCase(user.id);
    const first = await createCalendarFeed(user.id);
    const row = await db().calendarFeed.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(first.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(first.token);

    const second = await createCalendarFeed(user.id);
    expect(second.token).not.toBe(first.token);
    expect(await getFeedCalendar(first.token)).toBeNull();
    expect(await getFeedCalendar(second.token)).toContain("BEGIN:VEVENT");
    expect(await db().calendarFeed.count({ where: { userId: user.id } })).toBe(1);
  });

  it("is gone once revoked, and says so in the status", async () => {
    const user = await createTestUser();
    expect(await getCalendarFeedStatus(user.id)).toEqual({ exists: false, createdAt: null });
    const { token } = await createCalendarFeed(user.id, new Date("2026-11-01T00:00:00Z"));
    expect(await getCalendarFeedStatus(user.id)).toEqual({ exists: true, createdAt: new Date("2026-11-01T00:00:00Z") });

    expect(await revokeCalendarFeed(user.id)).toBe(true);
    expect(await getFeedCalendar(token)).toBeNull();
    expect(await getCalendarFeedStatus(user.id)).toEqual({ exists: false, createdAt: null });
    expect(await revokeCalendarFeed(user.id)).toBe(false);
  });

  it("revoking is per user: another user's link keeps working", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const theirs = await createCalendarFeed(other.id);
    await createCalendarFeed(user.id);
    await revokeCalendarFeed(user.id);
    expect(await getFeedCalendar(theirs.token)).not.toBeNull();
  });

  it("answers null for a malformed or unknown token", async () => {
    const user = await createTestUser();
    const { token } = await createCalendarFeed(user.id);
    expect(await getFeedCalendar("")).toBeNull();
    expect(await getFeedCalendar("nope")).toBeNull();
    expect(await getFeedCalendar(`${token}x`)).toBeNull();
    // Right shape, wrong secret.
    expect(await getFeedCalendar("A".repeat(43))).toBeNull();
  });

  it("is served without a session, and a bad token gets a bare 404", async () => {
    const user = await createTestUser();
    await waitingCase(user.id);
    const { token } = await createCalendarFeed(user.id);
    const call = (segment: string) =>
      feedRoute(new Request(`http://localhost:3000/api/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });

    for (const segment of [token, `${token}.ics`]) {
      const response = await call(segment);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(events(await response.text()).length).toBe(8);
    }

    await revokeCalendarFeed(user.id);
    for (const segment of [token, "A".repeat(43), "..%2F"]) {
      const response = await call(segment);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not found");
    }
  });
});
