import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { CASE_SUMMARY_SELECT } from "./case-summary-select";
import { CASES_PER_PAGE, type ListCasesQuery } from "./schemas";

export type CaseListItem = {
  id: string;
  operator: Prisma.CaseGetPayload<object>["operator"];
  providerName: string | null;
  phoneNumber: string | null;
  orderNumber: string | null;
  nickname: string | null;
  status: Prisma.CaseGetPayload<object>["status"];
  expectedBy: Date | null;
  leavingOn: Date | null;
  nextDueAt: Date | null;
  updatedAt: Date;
  progress: { done: number; total: number };
  /** Title of the first procedure step still to do. */
  nextStep: string | null;
  /** The next step's template, so the list can name it in the reader's language. */
  nextStepKey: string | null;
};

export type CaseList = { items: CaseListItem[]; total: number; page: number; pageCount: number };

function searchFilter(q: string): Prisma.CaseWhereInput[] {
  const text = { contains: q, mode: "insensitive" as const };
  const filters: Prisma.CaseWhereInput[] = [
    { nickname: text },
    { notes: text },
    { orderNumber: text },
    { providerName: text },
  ];
  // Numbers are stored as +855…; match what was typed, without its trunk 0 or country code.
  const digits = q.replace(/\D/g, "").replace(/^855/, "").replace(/^0/, "");
  if (digits.length >= 3) filters.push({ phoneNumber: { contains: digits } });
  return filters;
}

/**
 * One page of the user's cases. Three queries whatever the page size: the
 * count, the page, and one grouped query for the steps of the cases on it.
 */
export async function listCases(userId: string, query: ListCasesQuery): Promise<CaseList> {
  const where: Prisma.CaseWhereInput = {
    ownerId: userId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.operator ? { operator: query.operator } : {}),
    ...(query.q ? { OR: searchFilter(query.q) } : {}),
  };
  const orderBy: Prisma.CaseOrderByWithRelationInput[] =
    query.sort === "due"
      ? [{ nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]
      : [{ updatedAt: "desc" }, { id: "desc" }];

  const [total, rows] = await Promise.all([
    db().case.count({ where }),
    db().case.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * CASES_PER_PAGE,
      take: CASES_PER_PAGE,
      select: { ...CASE_SUMMARY_SELECT, nextDueAt: true, updatedAt: true },
    }),
  ]);

  const ids = rows.map((row) => row.id);
  const stepSummaries =
    ids.length === 0
      ? []
      : await db().$queryRaw<{ caseId: string; total: bigint; done: bigint; nextStep: string | null; nextStepKey: string | null }[]>`
          SELECT "caseId",
                 count(*) AS total,
                 count(*) FILTER (WHERE state <> 'TODO') AS done,
                 (array_agg(title ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStep",
                 (array_agg("templateKey" ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStepKey"
            FROM "CaseStep"
           WHERE "caseId" = ANY(${ids}) AND kind = 'PROCEDURE'
           GROUP BY "caseId"`;
  const byCase = new Map(stepSummaries.map((summary) => [summary.caseId, summary]));

  return {
    items: rows.map((row) => {
      const summary = byCase.get(row.id);
      return {
        ...row,
        progress: { done: Number(summary?.done ?? 0), total: Number(summary?.total ?? 0) },
        nextStep: summary?.nextStep ?? null,
        nextStepKey: summary?.nextStepKey ?? null,
      };
    }),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / CASES_PER_PAGE)),
  };
}
