import "server-only";
import { db } from "@/lib/db/client";

export type StepSummary = {
  done: number;
  total: number;
  /** Title of the first procedure step still to do, and its template (named in the reader's language). */
  nextStep: string | null;
  nextStepKey: string | null;
  /** A step that hands the request to the operator is done. */
  handedOver: boolean;
};

const EMPTY: StepSummary = { done: 0, total: 0, nextStep: null, nextStepKey: null, handedOver: false };

/** The procedure of each listed case in one grouped query, whatever the number of cases. */
export async function stepSummaries(caseIds: readonly string[]): Promise<(caseId: string) => StepSummary> {
  const rows =
    caseIds.length === 0
      ? []
      : await db().$queryRaw<{ caseId: string; total: bigint; done: bigint; nextStep: string | null; nextStepKey: string | null; handedOver: boolean }[]>`
          SELECT "caseId",
                 count(*) AS total,
                 count(*) FILTER (WHERE state <> 'TODO') AS done,
                 (array_agg(title ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStep",
                 (array_agg("templateKey" ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStepKey",
                 coalesce(bool_or("startsWaiting" AND state = 'DONE'), false) AS "handedOver"
            FROM "CaseStep"
           WHERE "caseId" = ANY(${[...caseIds]}) AND kind = 'PROCEDURE'
           GROUP BY "caseId"`;
  const byCase = new Map(
    rows.map((row) => [
      row.caseId,
      { done: Number(row.done), total: Number(row.total), nextStep: row.nextStep, nextStepKey: row.nextStepKey, handedOver: row.handedOver },
    ]),
  );
  return (caseId) => byCase.get(caseId) ?? EMPTY;
}
