import { describe, expect, it } from "vitest";
import { countStatements } from "@/test/support/count-statements";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { getCase } from "./get-case";
import { getDashboard } from "./get-dashboard";
import { listCases } from "./list-cases";
import { listCasesQuerySchema } from "./list-schemas";

// Statements per page, whatever the number of cases: the budgets of the "My
// cases" list (3 with the session), the case page and the dashboard (4).
describe("query budgets", () => {
  it("the case page's data is one statement, steps, timeline, receipts and reminders included", async () => {
    const user = await createTestUser();
    const made = await createTestCase(user.id);
    await changeCaseStatus(user.id, made.id, { type: "wait", days: 3, counting: "CALENDAR" }, new Date());
    const { result, statements } = await countStatements(() => getCase(user.id, made.id));
    expect(result.steps.length).toBeGreaterThan(4);
    expect(result.reminders.length).toBeGreaterThan(0);
    expect(result.events.length).toBeGreaterThan(1);
    expect(statements).toHaveLength(1);
  });

  it("the dashboard is one statement, with cases in every group or none", async () => {
    const empty = await createTestUser();
    const none = await countStatements(() => getDashboard(empty.id));
    expect(none.result).toMatchObject({ total: 0, needsYou: [], waiting: [], recentlyFinished: [] });
    expect(none.statements).toHaveLength(1);

    const user = await createTestUser();
    for (let i = 0; i < 3; i++) await createTestCase(user.id, { nickname: `open ${i}`, leavingOn: "2027-01-1" + i });
    const waiting = await createTestCase(user.id, { nickname: "waiting" });
    await changeCaseStatus(user.id, waiting.id, { type: "wait", days: 3, counting: "CALENDAR" }, new Date());
    const done = await createTestCase(user.id, { nickname: "done" });
    await changeCaseStatus(user.id, done.id, { type: "complete", noProofConfirmed: true }, new Date());
    const some = await countStatements(() => getDashboard(user.id));
    expect(some.result.total).toBe(5);
    expect(some.result.needsYou).toHaveLength(3);
    // Calendar dates come back as dates, as Prisma gives them elsewhere.
    expect(some.result.needsYou.map((item) => item.leavingOn?.toISOString().slice(0, 10)).sort()).toEqual(["2027-01-10", "2027-01-11", "2027-01-12"]);
    expect(some.result.waiting.map((item) => item.id)).toEqual([waiting.id]);
    expect(some.result.recentlyFinished.map((item) => item.id)).toEqual([done.id]);
    expect(some.statements).toHaveLength(1);
  });

  it("the list is one statement, its count included", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 3; i++) await createTestCase(user.id);
    const { result, statements } = await countStatements(() => listCases(user.id, listCasesQuerySchema.parse({})));
    expect(result.items).toHaveLength(3);
    expect(statements).toHaveLength(1);
  });
});
