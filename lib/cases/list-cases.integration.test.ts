import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { completeStep } from "@/lib/workflows/complete-step";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { COUNT_CAP, listCases } from "./list-cases";
import { CASES_PER_PAGE, listCasesQuerySchema } from "./list-schemas";

const query = (raw: Record<string, string> = {}) => listCasesQuerySchema.parse(raw);
const nicknames = (list: Awaited<ReturnType<typeof listCases>>) => list.items.map((item) => item.nickname);

describe("listCases", () => {
  it("finds the user's cases by nickname, notes, order number and number as typed locally, whatever the case", async () => {
    const user = await createTestUser();
    await createTestCase(user.id, { nickname: "Work phone", phoneNumber: "012 345 678" });
    await createTestCase(user.id, { nickname: "旅行卡", operator: "METFONE", phoneNumber: "097 765 4321", notes: "Agent said ticket AB-77" });
    await createTestCase(user.id, { nickname: "Travel eSIM", operator: "ESIM", simKind: "ESIM", providerName: "Airalo", phoneNumber: "", orderNumber: "ORD-5521" });

    expect(nicknames(await listCases(user.id, query({ q: "WORK" })))).toEqual(["Work phone"]);
    expect(nicknames(await listCases(user.id, query({ q: "ticket ab-77" })))).toEqual(["旅行卡"]);
    expect(nicknames(await listCases(user.id, query({ q: "旅行" })))).toEqual(["旅行卡"]);
    expect(nicknames(await listCases(user.id, query({ q: "ord-5521" })))).toEqual(["Travel eSIM"]);
    expect(nicknames(await listCases(user.id, query({ q: "airalo" })))).toEqual(["Travel eSIM"]);
    expect(nicknames(await listCases(user.id, query({ q: "097 765" })))).toEqual(["旅行卡"]);
    expect(nicknames(await listCases(user.id, query({ q: "+855 12 345" })))).toEqual(["Work phone"]);
    // The start of a number, with its country code or trunk 0: that number, not every "12".
    expect(nicknames(await listCases(user.id, query({ q: "+855 12" })))).toEqual(["Work phone"]);
    expect(nicknames(await listCases(user.id, query({ q: "012" })))).toEqual(["Work phone"]);
    expect(nicknames(await listCases(user.id, query({ q: "+855 9" })))).toEqual(["旅行卡"]);
    // Typed on a Chinese keyboard in full-width mode, or a Khmer one.
    expect(nicknames(await listCases(user.id, query({ q: "０９７ ７６５" })))).toEqual(["旅行卡"]);
    expect(nicknames(await listCases(user.id, query({ q: "០៩៧ ៧៦៥" })))).toEqual(["旅行卡"]);
  });

  it("follows an edit: the new nickname is found, the old one is not", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { nickname: "Old name" });
    await db().case.update({ where: { id }, data: { nickname: "Renamed SIM" } });
    expect(nicknames(await listCases(user.id, query({ q: "renamed" })))).toEqual(["Renamed SIM"]);
    expect((await listCases(user.id, query({ q: "old name" }))).total).toBe(0);
  });

  it("takes wildcard characters in a search literally", async () => {
    const user = await createTestUser();
    await createTestCase(user.id, { nickname: "Top-up 50% off" });
    await createTestCase(user.id, { nickname: "Top-up 500" });
    expect(nicknames(await listCases(user.id, query({ q: "50%" })))).toEqual(["Top-up 50% off"]);
    expect((await listCases(user.id, query({ q: "_" }))).total).toBe(0);
  });

  it("pages with a total that matches the rows, and sums up each case's procedure steps", async () => {
    const user = await createTestUser();
    for (let i = 0; i < CASES_PER_PAGE + 3; i += 1) {
      await createTestCase(user.id, { nickname: `SIM ${i}` }, new Date(Date.UTC(2026, 10, 1, 0, i)));
    }
    const first = await listCases(user.id, query());
    expect(first).toMatchObject({ total: CASES_PER_PAGE + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(CASES_PER_PAGE);
    const second = await listCases(user.id, query({ page: "2" }));
    expect(second.items.map((item) => item.nickname)).toEqual(["SIM 2", "SIM 1", "SIM 0"]);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(CASES_PER_PAGE + 3);

    const newest = first.items[0]!;
    const step = await db().caseStep.findFirstOrThrow({ where: { caseId: newest.id, kind: "PROCEDURE" }, orderBy: { position: "asc" } });
    await completeStep(user.id, step.id, { outcome: "DONE", note: null });
    const after = (await listCases(user.id, query({ q: newest.nickname! }))).items.find((item) => item.id === newest.id)!;
    expect(after.progress.done).toBe(1);
    expect(after.progress.total).toBeGreaterThan(1);
    expect(after.nextStep).not.toBe(step.title);
    expect(after.status).toBe("IN_PROGRESS");

    expect(await listCases(user.id, query({ page: "9" }))).toMatchObject({ items: [], total: CASES_PER_PAGE + 3, pageCount: 2 });
  });

  it("stops counting past the cap, says so, and still pages on", async () => {
    const user = await createTestUser();
    await db().case.createMany({
      data: Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({
        ownerId: user.id,
        operator: "SMART" as const,
        simKind: "PHYSICAL" as const,
        cardType: "SEVEN_DAY" as const,
        nickname: `Bulk ${i}`,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    });
    const first = await listCases(user.id, query({ q: "bulk" }));
    expect(first).toMatchObject({ total: COUNT_CAP, more: true, pageCount: COUNT_CAP / CASES_PER_PAGE });
    const last = await listCases(user.id, query({ q: "bulk", page: String(COUNT_CAP / CASES_PER_PAGE + 1) }));
    expect(last.items.map((item) => item.nickname)).toEqual(["Bulk 4", "Bulk 3", "Bulk 2", "Bulk 1", "Bulk 0"]);
    expect(last.pageCount).toBe(last.page);
    // Within the cap the page is sorted out of the matches themselves: same order, same pages.
    const narrow = await listCases(user.id, query({ q: "bulk 10" }));
    expect(narrow).toMatchObject({ more: false, total: 16, pageCount: 1 });
    const expected = [1004, 1003, 1002, 1001, 1000, 109, 108, 107, 106, 105, 104, 103, 102, 101, 100, 10].map((i) => `Bulk ${i}`);
    expect(nicknames(narrow)).toEqual(expected);
  });

  it("filters by status and operator, and sorts by the next due date", async () => {
    const user = await createTestUser();
    await createTestCase(user.id, { nickname: "No date" });
    await createTestCase(user.id, { nickname: "Leaving soon", operator: "COOTEL", leavingOn: "2026-12-03" });
    expect(nicknames(await listCases(user.id, query({ operator: "COOTEL" })))).toEqual(["Leaving soon"]);
    expect(nicknames(await listCases(user.id, query({ status: "DONE" })))).toEqual([]);
    expect(nicknames(await listCases(user.id, query({ sort: "due" })))).toEqual(["Leaving soon", "No date"]);
  });

  it("lists what needs the user as the dashboard does: open, flagged, or past the answer's due time, not what still waits or is closed", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const start = new Date("2026-03-02T03:00:00Z");
    await createTestCase(user.id, { nickname: "open" }, start);
    await createTestCase(other.id, { nickname: "someone else's" }, start);
    const overdue = await createTestCase(user.id, { nickname: "overdue" }, start);
    await changeCaseStatus(user.id, overdue.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    const flagged = await createTestCase(user.id, { nickname: "flagged" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "flagNeedsAction" }, start);
    const now = new Date(start.getTime() + 3 * 24 * 3_600_000);
    const waiting = await createTestCase(user.id, { nickname: "waiting" }, now);
    await changeCaseStatus(user.id, waiting.id, { type: "wait", days: 5, counting: "CALENDAR" }, now);
    const done = await createTestCase(user.id, { nickname: "done" }, now);
    await changeCaseStatus(user.id, done.id, { type: "complete", noProofConfirmed: true }, now);

    const list = await listCases(user.id, query({ status: "NEEDS_YOU" }), now);
    expect(nicknames(list).sort()).toEqual(["flagged", "open", "overdue"]);
    expect(list.total).toBe(3);
  });

  it("gives a closed case the day it closed, which its line in the list names", async () => {
    const user = await createTestUser();
    const closedAt = new Date("2026-03-05T03:00:00Z");
    const done = await createTestCase(user.id, { nickname: "done" }, closedAt);
    await changeCaseStatus(user.id, done.id, { type: "complete", noProofConfirmed: true }, closedAt);
    await createTestCase(user.id, { nickname: "open" }, closedAt);
    const items = (await listCases(user.id, query())).items;
    expect(items.map((item) => [item.nickname, item.closedAt])).toEqual(expect.arrayContaining([["done", closedAt], ["open", null]]));
  });

  it("never shows another user's cases, even when the search matches them", async () => {
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    await createTestCase(alice.id, { nickname: "Shared words" });
    expect(await listCases(bob.id, query({ q: "shared" }))).toMatchObject({ items: [], total: 0 });
    expect((await listCases(bob.id, query())).total).toBe(0);
    expect((await listCases(alice.id, query({ q: "shared" }))).total).toBe(1);
  });
});
