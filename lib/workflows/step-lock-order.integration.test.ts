import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteStep } from "@/lib/cases/delete-step";
import { editStep } from "@/lib/cases/edit-step";
import { moveStep } from "@/lib/cases/move-step";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { testDatabaseUrl } from "@/test/support/test-env";
import { completeStep } from "./complete-step";
import { undoStep } from "./undo-step";

// Two changes to one case's steps at the same instant (two devices, a
// double tap racing a move) take the case's lock in the same order, so both
// go through. They used to take the step first and the case second, while a
// move takes the case, then the steps: Postgres found the deadlock and failed
// one of them.

let holder: pg.Client | undefined;
afterEach(async () => {
  await holder?.end().catch(() => undefined);
  holder = undefined;
});

/** Holds the case, as a request in flight would, until `release`; the changes queue behind it in the order started. */
async function holdCase(caseId: string) {
  holder = new pg.Client({ connectionString: testDatabaseUrl() });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`SELECT id FROM "Case" WHERE id = $1 FOR NO KEY UPDATE`, [caseId]);
  const client = holder;
  return {
    async waiters(count: number) {
      for (let tries = 0; tries < 400; tries += 1) {
        // Within this transaction Postgres would show the activity of its first look every time: read it afresh.
        await client.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
        if (rows[0]!.n >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const { rows } = await client.query(`SELECT pid, state, wait_event_type, wait_event, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database()`);
      throw new Error(`${count} requests never waited for the case: ${JSON.stringify(rows)}`);
    },
    release: () => client.query("COMMIT"),
  };
}

async function metfoneCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" });
  const steps = await db().caseStep.findMany({ where: { caseId: id, kind: "PROCEDURE" }, orderBy: { position: "asc" }, select: { id: true } });
  return { user, id, steps: steps.map((step) => step.id) };
}

describe("changes to one case's steps at the same instant", () => {
  // The queued requests must meet within the app's 3 s lock limit. Prisma
  // compiles a query on its first use and the pool opens connections as they
  // are wanted, each taking seconds on a busy machine: both happen here first,
  // as in a server that has been running.
  beforeAll(async () => {
    const { user, steps } = await metfoneCase();
    await moveStep(user.id, steps[1]!, { direction: "up", swapWith: steps[0]! });
    await completeStep(user.id, steps[2]!, { outcome: "DONE", note: null });
    await undoStep(user.id, steps[2]!);
    await editStep(user.id, steps[2]!, { title: "Warm", howTo: null, whatToBring: null });
    await deleteStep(user.id, steps[2]!);
    await Promise.all([1, 2, 3].map(() => db().$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(0.2)::text`)));
  });

  const others = {
    "marked done": (userId: string, stepId: string) => completeStep(userId, stepId, { outcome: "DONE", note: null }),
    edited: (userId: string, stepId: string) => editStep(userId, stepId, { title: "Fill in the form", howTo: null, whatToBring: null }),
    deleted: (userId: string, stepId: string) => deleteStep(userId, stepId),
  };
  for (const [what, change] of Object.entries(others)) {
    it(`a step moved and ${what} at once: both go through`, async () => {
      const { user, id, steps } = await metfoneCase();
      const [first, second] = steps;
      const held = await holdCase(id);
      const move = moveStep(user.id, second!, { direction: "up", swapWith: first! });
      await held.waiters(1);
      const other = change(user.id, second!);
      await held.waiters(2);
      await held.release();
      const results = await Promise.allSettled([move, other]);
      expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(["ok", "ok"]);
    });
  }

  it("a step undone while another is marked done: both go through, each once", async () => {
    const { user, id, steps } = await metfoneCase();
    const [first, second] = steps;
    await completeStep(user.id, first!, { outcome: "DONE", note: null });
    const held = await holdCase(id);
    const move = moveStep(user.id, second!, { direction: "up", swapWith: first! });
    await held.waiters(1);
    const undo = undoStep(user.id, first!);
    await held.waiters(2);
    await held.release();
    const results = await Promise.allSettled([move, undo]);
    expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(["ok", "ok"]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: { in: ["STEP_MOVED", "STEP_UNDONE"] } } })).toBe(2);
  });
});
