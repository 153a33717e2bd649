import { describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { setUserTimeZone } from "./set-user-time-zone";
import { UserError } from "@/lib/http/user-error";

// Monday 4 May 2026, 10:00 in Phnom Penh.
const START = new Date("2026-05-04T03:00:00Z");

async function userWithWaitingCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" }, START);
  await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, START);
  return { user, caseId: id };
}

function scheduled(caseId: string) {
  return db().reminder.findMany({
    where: { caseId, state: "SCHEDULED" },
    orderBy: { dueAt: "asc" },
    select: { id: true, kind: true, sequence: true, dueAt: true },
  });
}

function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

describe("setUserTimeZone", () => {
  it("saves the zone and moves the waiting case's reminders to 09:00 there, leaving another user's alone", async () => {
    const { user, caseId } = await userWithWaitingCase();
    const other = await userWithWaitingCase();
    const before = await scheduled(caseId);
    const othersBefore = await scheduled(other.caseId);
    expect(before.length).toBeGreaterThan(0);
    expect(wallClock(before[0]!.dueAt, "Asia/Phnom_Penh")).toBe("09:00");

    await setUserTimeZone(user.id, "America/New_York", START);

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("America/New_York");
    const after = await scheduled(caseId);
    expect(after.map((r) => r.sequence)).toEqual(before.map((r) => r.sequence));
    expect(after[0]!.dueAt).not.toEqual(before[0]!.dueAt);
    for (const reminder of after) expect(wallClock(reminder.dueAt, "America/New_York")).toBe("09:00");

    expect(await scheduled(other.caseId)).toEqual(othersBefore);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.user.id } })).timeZone).toBe("Asia/Phnom_Penh");
  });

  it("refuses a zone that does not exist and changes nothing", async () => {
    const { user, caseId } = await userWithWaitingCase();
    const before = await scheduled(caseId);

    const attempt = setUserTimeZone(user.id, "Mars/Olympus_Mons", START);
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ message: "account.timeZoneInvalid", field: "timeZone" });

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("Asia/Phnom_Penh");
    expect(await scheduled(caseId)).toEqual(before);
  });

  it("touches no one for an account that does not exist", async () => {
    const { user, caseId } = await userWithWaitingCase();
    const before = await scheduled(caseId);

    await expect(setUserTimeZone("no-such-user", "Europe/London", START)).rejects.toThrow("account.notFound");

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("Asia/Phnom_Penh");
    expect(await scheduled(caseId)).toEqual(before);
  });
});
