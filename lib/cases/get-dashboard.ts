import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { CASE_STATUSES, type CaseStatus } from "./case-status";
import { type CASE_SUMMARY_SELECT } from "./case-summary-select";
import { TO_DO_CASE_SQL, urgentCaseSql } from "./needs-you-sql";

const RECENT_DAYS = 30;
// A phone shows about five rows a screen: more in one group pushes the next
// group (what is waiting on an operator) out of sight. The rest are a link away.
const SHOWN_PER_GROUP = 5;

/** The list's fields (CASE_SUMMARY_SELECT) and when the case closed: what COLUMNS below reads. */
type Row = Prisma.CaseGetPayload<{ select: typeof CASE_SUMMARY_SELECT & { closedAt: true } }>;

export type DashboardCase = Row & { stepsToDo: number; progress: { done: number; total: number }; handedOver: boolean };

/** Why a case is on the user's plate now, most urgent first. */
export type AttentionReason = "needsAction" | "reviewOverdue" | "stepsToDo";

export type Dashboard = {
  counts: Record<CaseStatus, number>;
  total: number;
  needsYou: Array<DashboardCase & { reason: AttentionReason }>;
  /** How many cases need the user, of which `needsYou` shows the most urgent. */
  needsYouTotal: number;
  waiting: DashboardCase[];
  waitingTotal: number;
  recentlyFinished: DashboardCase[];
};

const REASON_ORDER: Record<AttentionReason, number> = { needsAction: 0, reviewOverdue: 1, stepsToDo: 2 };

type Group = "urgent" | "toDo" | "waiting" | "finished";
type DashboardRow = Row & { grp: Group | null; counts: Partial<Record<CaseStatus, number>>; overdue: number; total: bigint | null; done: bigint | null; handedOver: boolean | null };

const COLUMNS = Prisma.sql`c.id, c.operator::text AS operator, c."providerName", c."phoneNumber", c."orderNumber", c.nickname,
  c.status::text AS status, c."expectedBy", c."noProofConfirmed", c."leavingOn", c."closedAt"`;

/**
 * The home page after sign-in: what needs the user now (flagged cases, reviews
 * past their expected-by time, cases with steps still to do), what is waiting
 * on an operator, and what finished lately. One statement: the counts, each
 * group read apart on its own index and bounded (so a long list of open cases
 * never pushes flagged ones out), and the steps of the cases shown.
 */
export async function getDashboard(userId: string, now = new Date()): Promise<Dashboard> {
  const recentSince = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db().$queryRaw<DashboardRow[]>`
    WITH counts AS (
      SELECT coalesce(json_object_agg(status, n), '{}'::json) AS counts, coalesce(sum(overdue), 0)::int AS overdue
        FROM (SELECT status::text AS status, count(*)::int AS n,
                     count(*) FILTER (WHERE status = 'WAITING_FOR_OPERATOR' AND "expectedBy" <= ${now})::int AS overdue
                FROM "Case" WHERE "ownerId" = ${userId} GROUP BY status) g
    ), picked AS (
      (SELECT 'urgent' AS grp, row_number() OVER (ORDER BY c."nextDueAt" ASC NULLS LAST, c."updatedAt" DESC) AS ord, ${COLUMNS}
         FROM "Case" c
        WHERE c."ownerId" = ${userId} AND ${urgentCaseSql(now)}
        ORDER BY c."nextDueAt" ASC NULLS LAST, c."updatedAt" DESC LIMIT ${SHOWN_PER_GROUP})
      UNION ALL
      (SELECT 'toDo', row_number() OVER (ORDER BY c."nextDueAt" ASC NULLS LAST, c."updatedAt" DESC), ${COLUMNS}
         FROM "Case" c
        WHERE c."ownerId" = ${userId} AND ${TO_DO_CASE_SQL}
        ORDER BY c."nextDueAt" ASC NULLS LAST, c."updatedAt" DESC LIMIT ${SHOWN_PER_GROUP})
      UNION ALL
      (SELECT 'waiting', row_number() OVER (ORDER BY c."expectedBy" ASC, c.id ASC), ${COLUMNS}
         FROM "Case" c
        WHERE c."ownerId" = ${userId} AND c.status = 'WAITING_FOR_OPERATOR' AND c."expectedBy" > ${now}
        ORDER BY c."expectedBy" ASC, c.id ASC LIMIT ${SHOWN_PER_GROUP})
      UNION ALL
      (SELECT 'finished', row_number() OVER (ORDER BY c."closedAt" DESC, c.id DESC), ${COLUMNS}
         FROM "Case" c
        WHERE c."ownerId" = ${userId} AND c.status IN ('DONE', 'GIVEN_UP') AND c."closedAt" >= ${recentSince}
        ORDER BY c."closedAt" DESC, c.id DESC LIMIT ${SHOWN_PER_GROUP})
    )
    SELECT counts.counts, counts.overdue, picked.*, steps.total, steps.done, steps."handedOver"
      FROM counts
      LEFT JOIN picked ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS total, count(*) FILTER (WHERE state <> 'TODO') AS done,
               coalesce(bool_or("startsWaiting" AND state = 'DONE'), false) AS "handedOver"
          FROM "CaseStep" WHERE "caseId" = picked.id AND kind = 'PROCEDURE') steps ON picked.id IS NOT NULL
     ORDER BY picked.grp, picked.ord`;

  const group = (name: Group): DashboardCase[] =>
    rows
      .filter((row) => row.grp === name)
      .map(({ grp: _grp, counts: _counts, overdue: _overdue, total, done, handedOver, ord: _ord, ...row }: DashboardRow & { ord?: unknown }) => {
        const progress = { done: Number(done ?? 0), total: Number(total ?? 0) };
        return { ...row, stepsToDo: progress.total - progress.done, progress, handedOver: handedOver ?? false };
      });

  const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, rows[0]?.counts[status] ?? 0])) as Record<CaseStatus, number>;
  const needsYou = [...group("urgent"), ...group("toDo")]
    .map((item) => {
      const reason: AttentionReason =
        item.status === "NEEDS_ACTION" ? "needsAction" : item.status === "WAITING_FOR_OPERATOR" ? "reviewOverdue" : "stepsToDo";
      return { ...item, reason };
    })
    .sort((a, b) => REASON_ORDER[a.reason] - REASON_ORDER[b.reason])
    .slice(0, SHOWN_PER_GROUP);
  const overdue = rows[0]?.overdue ?? 0;

  return {
    counts,
    total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    needsYou,
    needsYouTotal: counts.NEEDS_ACTION + counts.OPEN + counts.IN_PROGRESS + overdue,
    waiting: group("waiting"),
    waitingTotal: counts.WAITING_FOR_OPERATOR - overdue,
    recentlyFinished: group("finished"),
  };
}
