import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { addCaseNote } from "./add-case-note";
import { sweepSubmissions } from "./sweep-submissions";

describe("sweepSubmissions", () => {
  it("forgets keys older than a day, so that form then adds again, and keeps the younger ones", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const old = randomUUID();
    const fresh = randomUUID();
    await addCaseNote(user.id, id, { text: "Yesterday", submissionKey: old }, new Date("2026-11-21T09:59:59Z"));
    await addCaseNote(user.id, id, { text: "This morning", submissionKey: fresh }, new Date("2026-11-21T10:00:01Z"));

    expect(await sweepSubmissions(now)).toBe(1);
    expect(await db().submission.findMany({ select: { key: true } })).toEqual([{ key: fresh }]);

    await addCaseNote(user.id, id, { text: "Yesterday", submissionKey: old }, now);
    await addCaseNote(user.id, id, { text: "This morning", submissionKey: fresh }, now);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "NOTE_ADDED" } })).toBe(3);
  });
});
