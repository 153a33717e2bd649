import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { dispatchDueReminders } from "./dispatch-due-reminders";

const smtp = await startScriptableSmtpServer();
process.env.SMTP_URL = smtp.url;
afterAll(() => smtp.stop());
beforeEach(() => {
  smtp.received.length = 0;
});

// Monday 4 May 2026, 10:00 in Phnom Penh; the check falls due on Tuesday 5 May, 09:00.
const START = new Date("2026-05-04T03:00:00Z");

async function waitingCaseOf(verified: boolean) {
  const user = await createTestUser({ verified });
  const { id } = await createTestCase(user.id, { operator: "SMART" }, START);
  await changeCaseStatus(user.id, id, { type: "wait", days: 1, counting: "CALENDAR" }, START);
  return { user, caseId: id };
}

const byKey = async (caseId: string) =>
  Object.fromEntries((await db().reminder.findMany({ where: { caseId } })).map((r) => [`${r.kind}-${r.sequence}`, r]));

describe("reminder emails and the owner's address", () => {
  it("wait while the address is unverified, using no attempt; once verified only the latest due one goes out", async () => {
    const { user, caseId } = await waitingCaseOf(false);
    const verifiedOther = await waitingCaseOf(true);
    for (const day of ["2026-05-05T03:00:00Z", "2026-05-07T03:00:00Z", "2026-05-09T03:00:00Z"]) {
      await dispatchDueReminders({ now: new Date(day) });
    }
    // The other (verified) user's reminders are not held back by this one's.
    expect(smtp.received.every((mail) => mail.to.includes(verifiedOther.user.email))).toBe(true);
    expect(smtp.received).toHaveLength(3);
    const waiting = await byKey(caseId);
    for (const key of ["CHECK-0", "FOLLOW_UP-1", "FOLLOW_UP-2"]) expect(waiting[key]).toMatchObject({ state: "SCHEDULED", attempts: 0 });

    await db().user.update({ where: { id: user.id }, data: { emailVerified: new Date("2026-05-09T03:30:00Z") } });
    smtp.received.length = 0;
    expect(await dispatchDueReminders({ now: new Date("2026-05-09T04:00:00Z") })).toMatchObject({ sent: 1, superseded: 2 });
    const after = await byKey(caseId);
    expect([after["CHECK-0"]!.state, after["FOLLOW_UP-1"]!.state, after["FOLLOW_UP-2"]!.state]).toEqual(["SKIPPED", "SKIPPED", "SENT"]);
    expect(smtp.received.map((mail) => mail.to)).toEqual([expect.stringContaining(user.email)]);
    // Each channel's outcome is kept apart from the reminder's own state.
    expect(await db().reminderDelivery.findMany({ where: { reminderId: after["FOLLOW_UP-2"]!.id } })).toEqual([
      expect.objectContaining({ channel: "email", state: "SENT", externalId: smtp.received[0]!.messageId, attempts: 1 }),
    ]);
  });

  it("still flag the case when the needs-action reminder falls due for an unverified address, and send nothing", async () => {
    const { user, caseId } = await waitingCaseOf(false);
    expect(await dispatchDueReminders({ now: new Date("2026-05-18T03:00:00Z") })).toMatchObject({ unreachable: 1, sent: 0 });
    expect(smtp.received).toHaveLength(0);
    const detail = await getCase(user.id, caseId);
    expect(detail.status).toBe("NEEDS_ACTION");
    const needsAction = await db().reminder.findFirstOrThrow({ where: { caseId, kind: "NEEDS_ACTION" } });
    expect(needsAction).toMatchObject({ state: "SKIPPED" });
    expect(await db().reminderDelivery.findMany({ where: { reminderId: needsAction.id } })).toEqual([
      expect.objectContaining({ channel: "email", state: "UNREACHABLE" }),
    ]);
    // Nothing is left to go out later, verified or not.
    await db().user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    await dispatchDueReminders({ now: new Date("2026-05-19T03:00:00Z") });
    expect(smtp.received).toHaveLength(0);
  });
});
